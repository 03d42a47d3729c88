import fs from 'node:fs';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OutboxPageView } from '../../shared/api/types.ts';
import { ApiClient } from '../support/ApiClient.ts';
import { createOrganisation, signInAsSecretariat } from '../support/coalition.ts';
import { startAccord, type AccordProcess } from '../support/startAccord.ts';
import { waitFor } from '../support/waitFor.ts';

describe('e-mail out without SMTP_URL: .eml files in DATA_DIR/outbox', () => {
  let server: AccordProcess;
  let secretariat: ApiClient;

  beforeAll(async () => {
    server = await startAccord({ env: { ACCORD_MAIL_POLL_MS: '20', MAIL_FROM: 'accord@accord.example.org' } });
    secretariat = await signInAsSecretariat(server);
  });

  afterAll(async () => {
    await server?.dispose();
  });

  it('writes each mail as a complete .eml file, lists it in the admin outbox and serves it again', async () => {
    const orgId = await createOrganisation(secretariat, { name: 'Outbox Org' });
    const invitation = await secretariat.post<{ id: string; token: string }>('/api/invitations', { email: 'files@example.org', orgId, role: 'contact' });
    expect(invitation.status).toBe(201);
    const key = `invitation-${invitation.body.id}`;
    const directory = path.join(server.dataDir, 'outbox');
    const file = await waitFor(() => (fs.existsSync(directory) ? fs.readdirSync(directory).find((name) => name.endsWith(`-${key}.eml`)) : undefined), {
      message: 'the .eml file',
    });
    expect(fs.readdirSync(directory).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    const parsed = await simpleParser(fs.readFileSync(path.join(directory, file)));
    expect(parsed.messageId).toBe(`<${key}@accord.example.org>`);
    expect(parsed.from?.text).toContain('accord@accord.example.org');
    expect(parsed.text).toContain(`${server.url}/invitations/${invitation.body.token}`);
    expect(parsed.html).toContain(`${server.url}/invitations/${invitation.body.token}`);

    const page = await waitFor(
      async () => {
        const answer = await secretariat.get<OutboxPageView>('/api/admin/outbox');
        return answer.body.entries.some((entry) => entry.key === key && entry.status === 'sent') ? answer.body : null;
      },
      { message: 'the outbox entry marked sent' },
    );
    expect(page.mode).toEqual({ kind: 'files', directory });
    const entry = page.entries.find((candidate) => candidate.key === key)!;
    expect(entry).toMatchObject({ to: 'files@example.org', subject: 'Your invitation to Accord', attempts: 1, lastError: null });
    expect(entry.sentAt).not.toBeNull();
    expect((await secretariat.get<OutboxPageView>('/api/admin/outbox?status=failed')).body.entries).toEqual([]);
    expect((await secretariat.get('/api/admin/outbox?status=lost')).status).toBe(400);

    const download = await fetch(`${server.url}/api/admin/outbox/${entry.id}.eml`, { headers: { cookie: secretariat.cookie ?? '' } });
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toContain('message/rfc822');
    const again = await simpleParser(Buffer.from(await download.arrayBuffer()));
    expect(again.messageId).toBe(parsed.messageId);
    expect(again.text).toBe(parsed.text);
    expect((await secretariat.get('/api/admin/outbox/999999.eml')).status).toBe(404);
    expect((await new ApiClient(server.url).get(`/api/admin/outbox/${entry.id}.eml`)).status).toBe(401);
  });
});
