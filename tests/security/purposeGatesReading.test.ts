import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CloseCode } from '../../shared/collab/protocol.ts';
import { ApiClient } from '../support/ApiClient.ts';
import { createContact, createOrganisation, createStatement, signInAsSecretariat, type Contact } from '../support/coalition.ts';
import { openRawCollabSocket } from '../support/rawCollabSocket.ts';
import { startAccord, type AccordProcess } from '../support/startAccord.ts';
import { writeStoredText } from '../support/writeStoredText.ts';

/**
 * M11: contacts of an organisation that had not agreed to the Statement of Purpose read every draft,
 * comment and search result. SPEC: until it agrees, its contacts "can do nothing but read the
 * Statement of Purpose (and what is public) and agree to it: no drafts, comments, search or live
 * documents". Also (Info): nobody signed in learns whether a statement exists.
 */
describe('the Statement of Purpose gates reading', () => {
  let server: AccordProcess;
  let secretariat: ApiClient;
  let notAgreed: Contact;
  let statementId: string;

  beforeAll(async () => {
    server = await startAccord();
    secretariat = await signInAsSecretariat(server);
    const orgId = await createOrganisation(secretariat);
    notAgreed = await createContact(server, secretariat, { orgId, agreed: false });
    statementId = (await createStatement(secretariat, 'Draft statement on data retention')).id;
    await writeStoredText(server.wsUrl, statementId, secretariat.cookie, ['A confidential draft paragraph.']);
  });

  afterAll(async () => {
    await server?.dispose();
  });

  it('refuses drafts, their threads, versions, search, the people directory and live documents', async () => {
    for (const path of [
      '/api/statements',
      `/api/statements/${statementId}`,
      `/api/statements/${statementId}/threads`,
      `/api/statements/${statementId}/versions`,
      `/api/statements/${statementId}/diff?from=live&to=live`,
      `/api/statements/${statementId}/lineage`,
      `/api/statements/${statementId}/signatures`,
      `/api/statements/${statementId}/dispositions.csv`,
      '/api/search?q=confidential',
      '/api/mentionable',
    ]) {
      const answer = await notAgreed.client.get(path);
      expect(answer.status, path).toBe(403);
      expect(JSON.stringify(answer.body), path).not.toContain('confidential draft');
    }
    const socket = openRawCollabSocket(server.wsUrl, statementId, notAgreed.client.cookie);
    expect(await socket.waitForClose()).toBe(CloseCode.forbidden.code);
    // What it may do: read the Statement of Purpose and agree.
    expect((await notAgreed.client.get('/api/purpose')).status).toBe(200);
  });

  it('tells nobody signed in whether a statement exists', async () => {
    const anonymous = new ApiClient(server.url);
    const existing = await anonymous.get(`/api/statements/${statementId}`);
    const missing = await anonymous.get('/api/statements/00000000-0000-4000-8000-000000000000');
    expect([existing.status, missing.status]).toEqual([401, 401]);
  });
});
