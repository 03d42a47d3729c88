import type { Database } from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StatementView } from '../../shared/api/types.ts';
import { openDatabase } from '../support/openDatabase.ts';
import { signOnFixture, type SignOnFixture } from '../support/signOnFixture.ts';

// Finding 6: each sign-on command is one transaction with its audit entry. A test-only trigger makes
// the audit append (the last step) fail; nothing of the command may remain.
describe('sign-on commands are atomic', () => {
  let fixture: SignOnFixture;
  let database: Database;
  let id: string;

  const snapshot = () => ({
    statement: database.prepare('SELECT stage, final_version FROM statements WHERE id = ?').get(id),
    versions: database.prepare('SELECT number, kind FROM statement_versions WHERE statement_id = ? ORDER BY number').all(id),
    publications: database.prepare('SELECT version_number, withdrawn_at FROM publications WHERE statement_id = ?').all(id),
    signatures: database.prepare('SELECT org_id, version_number, withdrawn_at FROM signatures WHERE statement_id = ? ORDER BY id').all(id),
    declines: database.prepare('SELECT org_id, version_number, reason FROM signon_declines WHERE statement_id = ?').all(id),
    audit: database.prepare('SELECT count(*) AS n FROM audit_log').get(),
  });
  const failingAudit = async (command: () => Promise<{ status: number }>) => {
    const before = snapshot();
    database.exec(`CREATE TRIGGER injected_failure BEFORE INSERT ON audit_log BEGIN SELECT RAISE(ABORT, 'injected'); END`);
    try {
      expect((await command()).status).toBe(500);
    } finally {
      database.exec('DROP TRIGGER injected_failure');
    }
    expect(snapshot()).toEqual(before);
  };
  const hash = async () => (await fixture.secretariat.get<StatementView>(`/api/statements/${id}`)).body.finalVersion!.hash;

  beforeAll(async () => {
    fixture = await signOnFixture(1);
    id = await fixture.newStatement();
    await fixture.writeStructured(id);
    database = openDatabase(fixture.server.dataDir);
  });
  afterAll(async () => {
    database?.close();
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
