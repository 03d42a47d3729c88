import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StatementView } from '../../shared/api/types.ts';
import type { ApiClient } from '../support/ApiClient.ts';
import { createContact, createDrafter, createOrganisation, createStatement, signInAsSecretariat, type Contact } from '../support/coalition.ts';
import { startAccord, type AccordProcess } from '../support/startAccord.ts';

/** A statement's optional word limit: set by whoever may edit its settings, kept by either store, sent with the statement. */
describe('a statement’s word limit', () => {
  let server: AccordProcess;
  let secretariat: ApiClient;
  let contact: Contact;
  let drafter: Contact;
  let statementId: string;

  beforeAll(async () => {
    server = await startAccord();
    secretariat = await signInAsSecretariat(server);
    const orgId = await createOrganisation(secretariat);
    contact = await createContact(server, secretariat, { orgId });
    statementId = (await createStatement(secretariat, 'Submission to the CSTD')).id;
    drafter = await createDrafter(server, secretariat, statementId, orgId);
  });

  afterAll(async () => {
    await server?.dispose();
  });

  const limitOf = async (client: ApiClient) => (await client.get<StatementView>(`/api/statements/${statementId}`)).body.wordLimit;

  it('is none until set, then every reader gets it with the statement', async () => {
    expect(await limitOf(contact.client)).toBeNull();
    const set = await secretariat.patch<StatementView>(`/api/statements/${statementId}`, { wordLimit: 2000 });
    expect(set.status).toBe(200);
    expect(set.body.wordLimit).toBe(2000);
    expect(await limitOf(contact.client)).toBe(2000);
    const listed = await contact.client.get<StatementView[]>('/api/statements');
    expect(listed.body.find((statement) => statement.id === statementId)?.wordLimit).toBe(2000);
  });

  it('is set only by those who may edit the statement’s settings, and only to a whole positive number', async () => {
    expect((await contact.client.patch(`/api/statements/${statementId}`, { wordLimit: 10 })).status).toBe(403);
    expect((await drafter.client.patch(`/api/statements/${statementId}`, { wordLimit: 10 })).status).toBe(403);
    for (const wordLimit of [0, -5, 2.5, '100', 10_000_001]) {
      expect((await secretariat.patch(`/api/statements/${statementId}`, { wordLimit })).status).toBe(400);
    }
    expect(await limitOf(contact.client)).toBe(2000);
  });

  it('is removed with null', async () => {
    expect((await secretariat.patch(`/api/statements/${statementId}`, { wordLimit: null })).status).toBe(200);
    expect(await limitOf(contact.client)).toBeNull();
  });
});
