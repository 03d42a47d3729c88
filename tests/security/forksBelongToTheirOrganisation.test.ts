import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MessageType } from '../../shared/collab/protocol.ts';
import { savedMessage } from '../../shared/collab/savedMessage.ts';
import type { ApiClient } from '../support/ApiClient.ts';
import { createContact, createOrganisation, createStatement, signInAsSecretariat, type Contact } from '../support/coalition.ts';
import { fragmentText } from '../support/collabClient.ts';
import { paragraphUpdate } from '../support/paragraphUpdate.ts';
import { frame, openRawCollabSocket } from '../support/rawCollabSocket.ts';
import { readStoredDocument } from '../support/readStoredDocument.ts';
import { savedAnswers } from '../support/savedAnswers.ts';
import { startAccord, type AccordProcess } from '../support/startAccord.ts';
import { waitFor } from '../support/waitFor.ts';
import { writeStoredText } from '../support/writeStoredText.ts';

const SYNC_UPDATE = 2;

/**
 * M6: the secretariat got a writable socket on any organisation's shared fork, could rename it and
 * name drafters from other organisations, who then edited and unshared it. SPEC: "A fork belongs to
 * one organisation: its contacts edit it; others see it only if that organisation shares it."
 */
describe("a shared fork stays its organisation's", () => {
  let server: AccordProcess;
  let secretariat: ApiClient;
  let owner: Contact;
  let outsider: Contact;
  let forkId: string;

  beforeAll(async () => {
    server = await startAccord();
    secretariat = await signInAsSecretariat(server);
    const [orgA, orgB] = [await createOrganisation(secretariat), await createOrganisation(secretariat)];
    owner = await createContact(server, secretariat, { orgId: orgA });
    outsider = await createContact(server, secretariat, { orgId: orgB });
    const { id: statementId } = await createStatement(secretariat, 'Joint statement on WHOIS');
    await writeStoredText(server.wsUrl, statementId, secretariat.cookie, ['The coalition text.']);
    forkId = (await owner.client.post<{ id: string }>(`/api/statements/${statementId}/forks`, {})).body.id;
    expect((await owner.client.post(`/api/statements/${forkId}/sharing`, { shared: true })).status).toBe(204);
  });

  afterAll(async () => {
    await server?.dispose();
  });

  it('gives the secretariat a read-only socket: its edits are never stored', async () => {
    const raw = openRawCollabSocket(server.wsUrl, forkId, secretariat.cookie);
    await waitFor(() => raw.framesOfType(MessageType.sync).length > 0, { message: 'first sync' });
    raw.send(frame([MessageType.sync, SYNC_UPDATE], paragraphUpdate('SECRETARIAT-WROTE-THIS')));
    raw.send(savedMessage.encodeQuery(1));
    const [answer] = await waitFor(() => (savedAnswers(raw).length > 0 ? savedAnswers(raw) : null), { message: 'saved answer' });
    expect(answer!.accepted).toBe(0);
    raw.socket.close();
    expect(fragmentText((await readStoredDocument(server, forkId)).doc)).not.toContain('SECRETARIAT-WROTE-THIS');
  });

  it('refuses renames and drafters from outside the organisation, and lets no one else manage it', async () => {
    expect((await secretariat.patch(`/api/statements/${forkId}`, { title: 'Renamed by the secretariat' })).status).toBe(403);
    expect((await secretariat.post(`/api/statements/${forkId}/drafters`, { userId: outsider.userId })).status).toBe(403);
    expect((await outsider.client.post(`/api/statements/${forkId}/sharing`, { shared: false })).status).toBe(403);
    const seen = await secretariat.get<{ can: string[]; access: string }>(`/api/statements/${forkId}`);
    expect(seen.body.access).toBe('read');
    expect(seen.body.can).not.toContain('statement.editText');
    expect(seen.body.can).not.toContain('statement.manageDrafters');
    // Its own organisation still edits it.
    expect((await owner.client.patch(`/api/statements/${forkId}`, { title: 'Our national version' })).status).toBe(200);
  });
});
