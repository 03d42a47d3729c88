import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CloseCode } from '../../shared/collab/protocol.ts';
import type { ThreadView } from '../../shared/api/types.ts';
import type { ApiClient } from '../support/ApiClient.ts';
import { createContact, createOrganisation, createStatement, signInAsSecretariat, type Contact } from '../support/coalition.ts';
import { connectCollab, waitForSync, type CollabClient } from '../support/collabClient.ts';
import { startAccord, type AccordProcess } from '../support/startAccord.ts';
import { anchorsAround } from '../support/textAnchors.ts';
import { waitFor } from '../support/waitFor.ts';
import { writeStoredText } from '../support/writeStoredText.ts';

/**
 * M2: unsharing a fork left other organisations' open sockets (and the secretariat's) live: they kept
 * receiving every edit and every coalition-visible thread. Now they are closed within 5 s.
 */
describe('unsharing a fork closes everyone else', () => {
  let server: AccordProcess;
  let secretariat: ApiClient;
  let owner: Contact;
  let other: Contact;
  const open: CollabClient[] = [];

  beforeAll(async () => {
    server = await startAccord();
    secretariat = await signInAsSecretariat(server);
    const [orgA, orgB] = [await createOrganisation(secretariat), await createOrganisation(secretariat)];
    owner = await createContact(server, secretariat, { orgId: orgA });
    other = await createContact(server, secretariat, { orgId: orgB });
  });

  afterAll(async () => {
    for (const client of open) client.destroy();
    await server?.dispose();
  });

  it('closes the sockets of other organisations and the secretariat (4404); its own stay', async () => {
    const { id: statementId } = await createStatement(secretariat, 'Joint statement on DNS abuse');
    await writeStoredText(server.wsUrl, statementId, secretariat.cookie, ['Registries act on abuse reports.']);
    const forkId = (await owner.client.post<{ id: string }>(`/api/statements/${statementId}/forks`, {})).body.id;
    expect((await owner.client.post(`/api/statements/${forkId}/sharing`, { shared: true })).status).toBe(204);
    const outsiders = [connectCollab(server.wsUrl, forkId, other.client.cookie), connectCollab(server.wsUrl, forkId, secretariat.cookie)];
    const own = connectCollab(server.wsUrl, forkId, owner.client.cookie);
    open.push(...outsiders, own);
    for (const client of [...outsiders, own]) await waitForSync(client);

    expect((await owner.client.post(`/api/statements/${forkId}/sharing`, { shared: false })).status).toBe(204);
    for (const outsider of outsiders) {
      await waitFor(() => outsider.closes.some((close) => close.code === CloseCode.notFound.code), { timeoutMs: 5_000, message: 'closed with 4404' });
    }
    // A thread opened afterwards reaches its own organisation only; the others cannot even ask.
    const thread = await owner.client.post<ThreadView>(`/api/statements/${forkId}/threads`, {
      kind: 'comment',
      ...anchorsAround(own.doc, 'abuse reports'),
      body: 'Our national position on this',
    });
    expect(thread.status).toBe(201);
    expect((await other.client.get(`/api/statements/${forkId}/threads`)).status).toBe(404);
    expect(own.closes).toEqual([]);
  });
});
