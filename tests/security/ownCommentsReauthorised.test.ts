import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ThreadView } from '../../shared/api/types.ts';
import type { ApiClient } from '../support/ApiClient.ts';
import { createContact, createOrganisation, createStatement, signInAsSecretariat, type Contact } from '../support/coalition.ts';
import { connectCollab, waitForSync } from '../support/collabClient.ts';
import { startAccord, type AccordProcess } from '../support/startAccord.ts';
import { anchorsAround } from '../support/textAnchors.ts';
import { writeStoredText } from '../support/writeStoredText.ts';

/**
 * L17: editing, deleting and resolving one's own comment did not ask again whether the author may
 * still comment, so a contact whose organisation's agreement lapsed (a new Statement of Purpose)
 * kept changing what it had said.
 */
describe("one's own comments are re-authorised", () => {
  let server: AccordProcess;
  let secretariat: ApiClient;
  let contact: Contact;
  let thread: ThreadView;

  beforeAll(async () => {
    server = await startAccord();
    secretariat = await signInAsSecretariat(server);
    const orgId = await createOrganisation(secretariat);
    contact = await createContact(server, secretariat, { orgId });
    const { id: statementId } = await createStatement(secretariat, 'Joint statement on IDNs');
    await writeStoredText(server.wsUrl, statementId, secretariat.cookie, ['Internationalised names serve every community.']);
    const reader = connectCollab(server.wsUrl, statementId, contact.client.cookie);
    await waitForSync(reader);
    const anchors = anchorsAround(reader.doc, 'every community');
    reader.destroy();
    thread = (await contact.client.post<ThreadView>(`/api/statements/${statementId}/threads`, { kind: 'comment', ...anchors, body: 'Which communities?' }))
      .body;
    expect(thread.can).toEqual(['thread.reply', 'thread.resolve']);
  });

  afterAll(async () => {
    await server?.dispose();
  });

  it('refuses edits, deletions and resolving once the organisation must agree again', async () => {
    expect((await secretariat.post('/api/purpose', { text: 'A revised Statement of Purpose that every organisation agrees to again.' })).status).toBe(201);
    const commentId = thread.comments[0]!.id;
    expect((await contact.client.patch(`/api/threads/${thread.id}/comments/${commentId}`, { body: 'Rewritten after the fact' })).status).toBe(403);
    expect((await contact.client.delete(`/api/threads/${thread.id}/comments/${commentId}`)).status).toBe(403);
    expect((await contact.client.post(`/api/threads/${thread.id}/resolve`, {})).status).toBe(403);
  });
});
