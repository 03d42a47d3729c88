import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StatementView } from '../../shared/api/types.ts';
import { openTestDatabase, type TestDatabase } from '../support/testDatabase.ts';
import { signOnFixture, type SignOnFixture } from '../support/signOnFixture.ts';

// Finding 6: each sign-on command is one transaction with its audit entry. A test-only trigger makes
// the audit append (the last step) fail; nothing of the command may remain.
describe('sign-on commands are atomic', () => {
  let fixture: SignOnFixture;
  let database: TestDatabase;
  let id: string;

  const snapshot = async () => ({
    statement: await database.get('SELECT stage, final_version FROM statements WHERE id = ?', id),
    versions: await database.all('SELECT number, kind FROM statement_versions WHERE statement_id = ? ORDER BY number', id),
    publications: await database.all('SELECT version_number, withdrawn_at FROM publications WHERE statement_id = ? ORDER BY version_number', id),
    signatures: await database.all('SELECT org_id, version_number, withdrawn_at FROM signatures WHERE statement_id = ? ORDER BY id', id),
    declines: await database.all('SELECT org_id, version_number, reason FROM signon_declines WHERE statement_id = ? ORDER BY org_id, version_number', id),
    audit: await database.get('SELECT count(*) AS n FROM audit_log'),
  });
  const failingAudit = async (command: () => Promise<{ status: number }>) => {
    const before = await snapshot();
    const removeFailure = await database.failNextWrites('audit_log', 'injected');
    try {
      expect((await command()).status).toBe(500);
    } finally {
      await removeFailure();
    }
    expect(await snapshot()).toEqual(before);
  };
  const hash = async () => (await fixture.secretariat.get<StatementView>(`/api/statements/${id}`)).body.finalVersion!.hash;

  beforeAll(async () => {
    fixture = await signOnFixture(1);
    id = await fixture.newStatement();
    await fixture.writeStructured(id);
    database = openTestDatabase(fixture.server);
  });
  afterAll(async () => {
    await database?.close();
    await fixture?.stop();
  });

  it('freeze and reopen', async () => {
    await failingAudit(() => fixture.secretariat.post(`/api/statements/${id}/freeze`, {}));
    expect((await fixture.secretariat.post(`/api/statements/${id}/freeze`, {})).status).toBe(200);
    await failingAudit(() => fixture.secretariat.post(`/api/statements/${id}/reopen`, {}));
  });

  it('sign, withdraw a signature, decline', async () => {
    const signatory = fixture.orgs[0]!.signatory.client;
    await failingAudit(async () => signatory.post(`/api/statements/${id}/signatures`, { hash: await hash() }));
    expect((await signatory.post(`/api/statements/${id}/signatures`, { hash: await hash() })).status).toBe(201);
    await failingAudit(() => signatory.delete(`/api/statements/${id}/signatures`));
    // Declining after signing withdraws too: neither half may remain.
    await failingAudit(() => signatory.post(`/api/statements/${id}/declines`, { reason: 'changed our mind' }));
  });

  it('publish and withdraw the publication', async () => {
    await failingAudit(() => fixture.secretariat.post(`/api/statements/${id}/publish`, {}));
    expect((await fixture.secretariat.post(`/api/statements/${id}/publish`, {})).status).toBe(200);
    await failingAudit(() => fixture.secretariat.post(`/api/statements/${id}/withdraw`, {}));
    expect((await fixture.secretariat.post(`/api/statements/${id}/withdraw`, {})).status).toBe(200);
  });
});
