import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../support/ApiClient.ts';
import { createContact, createOrganisation, createStatement, signInAsSecretariat, type Contact } from '../support/coalition.ts';
import { startAccord, type AccordProcess } from '../support/startAccord.ts';
import { writeStoredText } from '../support/writeStoredText.ts';

/** The public page lists each organisation once, as it stands: one that withdrew and signed again is a signatory. */
describe('an organisation that withdrew and signed again', () => {
  let server: AccordProcess;
  let secretariat: ApiClient;
  let signatory: Contact;
  let statementId: string;
  let slug: string;

  beforeAll(async () => {
    server = await startAccord();
    secretariat = await signInAsSecretariat(server);
    const orgId = await createOrganisation(secretariat, { name: 'Registro Ejemplo' });
    signatory = await createContact(server, secretariat, { orgId, role: 'signatory' });
    ({ id: statementId, slug } = await createStatement(secretariat, 'Joint statement on registry data'));
    await writeStoredText(server.wsUrl, statementId, secretariat.cookie, ['Registries keep their data accurate.']);
  });

  afterAll(async () => {
    await server?.dispose();
  });

  it('is listed once, among the signatories, with no withdrawal shown', async () => {
    const { hash } = (await secretariat.post<{ hash: string }>(`/api/statements/${statementId}/freeze`, {})).body;
    expect((await signatory.client.post(`/api/statements/${statementId}/signatures`, { hash })).status).toBe(201);
    expect((await signatory.client.delete(`/api/statements/${statementId}/signatures`)).status).toBe(204);
    expect((await signatory.client.post(`/api/statements/${statementId}/signatures`, { hash })).status).toBe(201);
    expect((await secretariat.post(`/api/statements/${statementId}/publish`, {})).status).toBe(200);

    const page = await new ApiClient(server.url, null).request('GET', `/p/${slug}`);
    expect(page.status).toBe(200);
    const html = String(page.body);
    expect(html.split('Registro Ejemplo').length - 1).toBe(1);
    expect(html).not.toContain('Withdrawn signatures');
  });
});
