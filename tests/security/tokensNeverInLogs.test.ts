import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../support/ApiClient.ts';
import { createOrganisation, PASSWORD } from '../support/coalition.ts';
import { startAccord, type AccordProcess } from '../support/startAccord.ts';
import { waitFor } from '../support/waitFor.ts';

const SETUP_LINE = /Create the first secretariat account: \S+\?token=([A-Za-z0-9_-]+)/;

/**
 * Finding M4: invitation, password-reset and setup tokens in clear in the request logs let anyone
 * with log access take over accounts. The structured log must never hold one; the setup link is
 * printed once, as a plain stderr line for the person starting the server.
 */
describe('one-time tokens never reach a log line', () => {
  let server: AccordProcess;

  beforeAll(async () => {
    server = await startAccord({ withAdmin: false });
  });

  afterAll(async () => {
    await server?.dispose();
  });

  it('after setup, invitation acceptance and a password reset, no log line holds a token', async () => {
    const setupLine = await waitFor(() => server.output.find((line) => SETUP_LINE.test(line)), { message: 'the setup line' });
    const setupToken = SETUP_LINE.exec(setupLine)![1]!;

    const secretariat = new ApiClient(server.url);
    // The token in a query parameter, as a careless client might send it: redacted too.
    await secretariat.get(`/api/setup?token=${setupToken}`);
    const created = await secretariat.post('/api/setup', { token: setupToken, email: 'first@example.org', name: 'First', password: PASSWORD });
    expect(created.status).toBe(201);

    const orgId = await createOrganisation(secretariat);
    const invitation = await secretariat.post<{ token: string }>('/api/invitations', { email: 'invited@example.org', orgId, role: 'contact' });
    expect(invitation.status).toBe(201);
    const invitationToken = invitation.body.token;
    const contact = new ApiClient(server.url);
    expect((await contact.get(`/api/invitations/${invitationToken}`)).status).toBe(200);
    const accepted = await contact.post<{ user: { id: string } }>(`/api/invitations/${invitationToken}/accept`, { name: 'Invited', password: PASSWORD });
    expect(accepted.status).toBe(201);
    // A second use fails: an error answer must not log the token either.
    expect((await contact.post(`/api/invitations/${invitationToken}/accept`, { name: 'Again', password: PASSWORD })).status).toBe(409);

    const reset = await secretariat.post<{ token: string }>(`/api/users/${accepted.body.user.id}/password-reset`, {});
    expect(reset.status).toBe(201);
    const resetToken = reset.body.token;
    expect((await contact.get(`/api/password-resets/${resetToken}`)).status).toBe(200);
    expect((await contact.post(`/api/password-resets/${resetToken}`, { password: 'another long password' })).status).toBe(201);

    // Request lines are written when each answer finishes: wait for the last one.
    await waitFor(() => server.output.some((line) => line.includes('"url":"/api/password-resets/:token"') && line.includes('"method":"POST"')), {
      message: 'the redacted reset request in the log',
    });
    expect(server.output.some((line) => line.includes('/api/invitations/:token/accept'))).toBe(true);

    const linesWith = (token: string) => server.output.filter((line) => line.includes(token));
    expect(linesWith(invitationToken)).toEqual([]);
    expect(linesWith(resetToken)).toEqual([]);
    // The setup token: only the one plain stderr line, never the structured (JSON) log.
    expect(linesWith(setupToken)).toEqual([setupLine]);
    expect(setupLine.trimStart().startsWith('{')).toBe(false);
  });
});
