import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CloseCode } from '../../shared/collab/protocol.ts';
import type { ApiClient } from '../support/ApiClient.ts';
import { agreeToPurpose, createContact, createOrganisation, createStatement, signInAsSecretariat } from '../support/coalition.ts';
import { connectCollab, typeInto, waitForSync, type CollabClient } from '../support/collabClient.ts';
import { startAccord, type AccordProcess } from '../support/startAccord.ts';
import { waitFor } from '../support/waitFor.ts';

/** Revoked access must not live on in an open socket (Outline CVE-2025-68663): closed within 5 s. */
describe('revoking access closes open sockets', () => {
  let server: AccordProcess;
  let secretariat: ApiClient;
  let orgId: string;
  let statementId: string;
  const open: CollabClient[] = [];

  const connect = async (cookie: string | null) => {
    const client = connectCollab(server.wsUrl, statementId, cookie);
    open.push(client);
    await waitForSync(client);
    return client;
  };
  const closedWith = (client: CollabClient, code: number) =>
    waitFor(() => client.closes.some((close) => close.code === code), { timeoutMs: 5_000, message: `close code ${code}` });

  beforeAll(async () => {
    server = await startAccord();
    secretariat = await signInAsSecretariat(server);
    orgId = await createOrganisation(secretariat);
    statementId = (await createStatement(secretariat)).id;
  });

  afterAll(async () => {
    for (const client of open) client.destroy();
    await server?.dispose();
  });

  it('when the secretariat removes a contact', async () => {
    const contact = await createContact(server, secretariat, { orgId });
    await agreeToPurpose(contact, orgId);
    const socket = await connect(contact.client.cookie);
    expect((await secretariat.delete(`/api/users/${contact.userId}`)).status).toBe(204);
    await closedWith(socket, CloseCode.unauthorised.code);
  });

  it('when a session is revoked, or the user logs out everywhere', async () => {
    const contact = await createContact(server, secretariat, { orgId });
    const second = await createContact(server, secretariat, { orgId });
    await agreeToPurpose(contact, orgId);
    const socket = await connect(contact.client.cookie);
    const sessions = await contact.client.get<{ id: string; current: boolean }[]>('/api/me/sessions');
    expect((await contact.client.delete(`/api/me/sessions/${sessions.body[0]!.id}`)).status).toBe(204);
    await closedWith(socket, CloseCode.unauthorised.code);

    const everywhere = await connect(second.client.cookie);
    expect((await second.client.post('/api/auth/logout-everywhere', {})).status).toBe(204);
    await closedWith(everywhere, CloseCode.unauthorised.code);
  });

  it('when the organisation is removed', async () => {
    const doomedOrg = await createOrganisation(secretariat);
    const contact = await createContact(server, secretariat, { orgId: doomedOrg });
    await agreeToPurpose(contact, doomedOrg);
    const socket = await connect(contact.client.cookie);
    expect((await secretariat.delete(`/api/orgs/${doomedOrg}`)).status).toBe(204);
    await closedWith(socket, CloseCode.unauthorised.code);
  });

  it('when a drafter is removed: their editor comes back read-only', async () => {
    const drafter = await createContact(server, secretariat, { orgId });
    await agreeToPurpose(drafter, orgId);
    expect((await secretariat.post(`/api/statements/${statementId}/drafters`, { userId: drafter.userId })).status).toBe(204);
    const editor = await connect(drafter.client.cookie);
    const witness = await connect(secretariat.cookie);
    typeInto(editor.doc, 'while a drafter ');
    await waitFor(() => witness.text().includes('while a drafter'), { message: 'the edit as drafter' });

    expect((await secretariat.delete(`/api/statements/${statementId}/drafters/${drafter.userId}`)).status).toBe(204);
    await closedWith(editor, CloseCode.accessChanged.code);
    // The stock provider reconnects by itself and is read-only now.
    await waitForSync(editor);
    typeInto(editor.doc, 'AFTER-REMOVAL ');
    typeInto(witness.doc, 'witness mark');
    await waitFor(() => editor.text().includes('witness mark'), { message: "the witness's later edit" });
    expect(witness.text()).not.toContain('AFTER-REMOVAL');
  });

  it('when a new Statement of Purpose is published: contacts lose their sockets until their organisation agrees again', async () => {
    const contact = await createContact(server, secretariat, { orgId });
    await agreeToPurpose(contact, orgId);
    const socket = await connect(contact.client.cookie);
    const witness = await connect(secretariat.cookie);
    const published = await secretariat.post('/api/purpose', { text: 'A new Statement of Purpose that every organisation reads and agrees to again.' });
    expect(published.status).toBe(201);
    await closedWith(socket, CloseCode.forbidden.code);
    expect(witness.closes).toEqual([]);
  });
});
