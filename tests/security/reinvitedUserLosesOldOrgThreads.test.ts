import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ThreadView } from '../../shared/api/types.ts';
import { ApiClient } from '../support/ApiClient.ts';
import { agreeToPurpose, createContact, createOrganisation, createStatement, PASSWORD, signInAsSecretariat } from '../support/coalition.ts';
import { connectCollab, waitForSync } from '../support/collabClient.ts';
import { startAccord, type AccordProcess } from '../support/startAccord.ts';
import { anchorsAround, writeParagraphs } from '../support/textAnchors.ts';
import { waitForStoredText } from '../support/waitForStoredText.ts';

/**
 * L13: a removed contact re-invited into another organisation gets their old user id back. Being
 * the author of an organisation-only thread must not keep showing them that thread (and their old
 * colleagues' replies) once they belong to another organisation.
 */
describe('a re-invited user loses their old organisation’s org-only threads', () => {
  let server: AccordProcess;

  beforeAll(async () => {
    server = await startAccord();
  });

  afterAll(async () => {
    await server?.dispose();
  });

  it('neither lists, opens nor replies to the thread they wrote in their old organisation', async () => {
    const secretariat = await signInAsSecretariat(server);
    const oldOrg = await createOrganisation(secretariat);
    const newOrg = await createOrganisation(secretariat);
    const statementId = (await createStatement(secretariat)).id;
    const writer = connectCollab(server.wsUrl, statementId, secretariat.cookie);
    await waitForSync(writer);
    writeParagraphs(writer.doc, ['Text about openness and interoperability.']);
    await waitForStoredText(server.wsUrl, statementId, secretariat.cookie, 'openness');
    const anchors = anchorsAround(writer.doc, 'openness');
    writer.destroy();

    const mover = await createContact(server, secretariat, { orgId: oldOrg });
    const colleague = await createContact(server, secretariat, { orgId: oldOrg });
    await agreeToPurpose(mover, oldOrg);
    const thread = await mover.client.post<ThreadView>(`/api/statements/${statementId}/threads`, {
      kind: 'comment',
      ...anchors,
      body: 'Our organisation-only position',
      visibility: 'organisation',
    });
    expect(thread.status).toBe(201);
    expect((await colleague.client.post(`/api/threads/${thread.body.id}/comments`, { body: 'A colleague’s private reply' })).status).toBe(201);

    expect((await secretariat.delete(`/api/users/${mover.userId}`)).status).toBe(204);
    const invitation = await secretariat.post<{ token: string }>('/api/invitations', { email: mover.email, orgId: newOrg, role: 'contact' });
    expect(invitation.status).toBe(201);
    const returned = new ApiClient(server.url);
    const accepted = await returned.post<{ user: { id: string } }>(`/api/invitations/${invitation.body.token}/accept`, {
      name: mover.name,
      password: PASSWORD,
    });
    expect(accepted.status).toBe(201);
    // The same person, the same account id: authorship alone would have kept the thread visible.
    expect(accepted.body.user.id).toBe(mover.userId);
    await agreeToPurpose({ ...mover, client: returned }, newOrg);

    const listed = await returned.get<ThreadView[]>(`/api/statements/${statementId}/threads`);
    expect(listed.status).toBe(200);
    expect(listed.body.map((listedThread) => listedThread.id)).not.toContain(thread.body.id);
    expect((await returned.post(`/api/threads/${thread.body.id}/comments`, { body: 'still here?' })).status).toBe(404);
    const disposition = (await returned.request('GET', `/api/statements/${statementId}/dispositions.md`)).body as string;
    expect(disposition).not.toContain('organisation-only position');
    // Their old colleague still has it.
    const stillThere = await colleague.client.get<ThreadView[]>(`/api/statements/${statementId}/threads`);
    expect(stillThere.body.map((listedThread) => listedThread.id)).toContain(thread.body.id);
  });
});
