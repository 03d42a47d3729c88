import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../support/ApiClient.ts';
import { createContact, createOrganisation, createStatement, PASSWORD, signInAsSecretariat } from '../support/coalition.ts';
import { openTestDatabase } from '../support/testDatabase.ts';
import { ADMIN, startAccord, type AccordProcess } from '../support/startAccord.ts';

interface Entry {
  sequence: number;
  action: string;
  actorEmail: string | null;
  subjectId: string | null;
  details: Record<string, unknown>;
}

describe('the audit log', () => {
  let server: AccordProcess;
  let secretariat: ApiClient;

  const entries = async (query = '') => (await secretariat.get<{ entries: Entry[]; nextBefore: number | null }>(`/api/audit${query}`)).body;

  beforeAll(async () => {
    server = await startAccord();
    secretariat = await signInAsSecretariat(server);
  });

  afterAll(async () => {
    await server?.dispose();
  });

  it('records sign-ins, failed sign-ins, invitations, role and membership changes and stage-relevant acts', async () => {
    const orgId = await createOrganisation(secretariat, { name: 'Audited Registry' });
    const contact = await createContact(server, secretariat, { orgId });
    expect((await new ApiClient(server.url).post('/api/auth/login', { email: contact.email, password: 'wrong password!' })).status).toBe(401);
    await new ApiClient(server.url).login(contact.email, PASSWORD);
    expect((await secretariat.patch(`/api/users/${contact.userId}`, { role: 'signatory' })).status).toBe(204);
    const statement = await createStatement(secretariat);
    expect((await secretariat.post(`/api/statements/${statement.id}/drafters`, { userId: contact.userId })).status).toBe(204);
    expect((await secretariat.delete(`/api/users/${contact.userId}`)).status).toBe(204);

    const { entries: log } = await entries('?limit=100');
    const actions = log.map((entry) => entry.action);
    for (const action of [
      'auth.signedIn',
      'auth.signInFailed',
      'organisation.created',
      'invitation.created',
      'invitation.accepted',
      'contact.updated',
      'statement.created',
      'statement.drafterAdded',
      'contact.removed',
    ]) {
      expect(actions, action).toContain(action);
    }
    const failed = log.find((entry) => entry.action === 'auth.signInFailed')!;
    expect(failed.actorEmail).toBe(contact.email);
    const roleChange = log.find((entry) => entry.action === 'contact.updated')!;
    expect(roleChange).toMatchObject({ actorEmail: ADMIN.email, subjectId: contact.userId, details: { to: { role: 'signatory' } } });
    // Newest first, sequences strictly decreasing.
    expect(log.map((entry) => entry.sequence)).toEqual([...log.map((entry) => entry.sequence)].sort((a, b) => b - a));
  });

  it('filters by action and subject, and pages backwards', async () => {
    const orgId = await createOrganisation(secretariat);
    const contact = await createContact(server, secretariat, { orgId });
    const bySubject = await entries(`?subjectId=${contact.userId}`);
    expect(bySubject.entries.length).toBeGreaterThan(0);
    expect(bySubject.entries.every((entry) => entry.subjectId === contact.userId)).toBe(true);
    const created = await entries('?action=organisation.created');
    expect(created.entries.every((entry) => entry.action === 'organisation.created')).toBe(true);
    const first = await entries('?limit=2');
    expect(first.entries).toHaveLength(2);
    const older = await entries(`?limit=2&before=${first.nextBefore}`);
    expect(older.entries[0]!.sequence).toBeLessThan(first.entries[1]!.sequence);
    expect((await secretariat.get('/api/audit?action=not.an.action')).status).toBe(400);
  });

  it('exports CSV, with formulas neutralised', async () => {
    // A valid address that a spreadsheet would read as a formula.
    await new ApiClient(server.url).post('/api/auth/login', { email: '+cmd@example.org', password: 'whatever it is' });
    const response = await secretariat.request('GET', '/api/audit/export.csv?action=auth.signInFailed');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/text\/csv/);
    expect(response.headers.get('content-disposition')).toMatch(/attachment; filename="accord-audit-/);
    const csv = String(response.body);
    const [header, ...rows] = csv.trim().split('\n');
    expect(header).toBe('sequence,at,actor_email,actor_id,action,subject_type,subject_id,details,previous_hash,hash');
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((row) => row.includes('auth.signInFailed'))).toBe(true);
    expect(csv).toContain(",'+cmd@example.org,");
  });

  it('is append-only, and its hash chain shows an edited row', async () => {
    const intact = await secretariat.get<{ ok: boolean; checked: number; brokenAt: number | null }>('/api/audit/verify');
    expect(intact.body.ok).toBe(true);
    expect(intact.body.checked).toBeGreaterThan(10);

    const database = openTestDatabase(server);
    try {
      // The database itself refuses changes...
      await expect(database.run("UPDATE audit_log SET action = 'nothing' WHERE sequence = 3")).rejects.toThrow(/append-only/);
      await expect(database.run('DELETE FROM audit_log WHERE sequence = 3')).rejects.toThrow(/append-only/);
      // ...and someone with the database who removes that guard is still caught by the chain.
      await database.dropAuditUpdateGuard();
      expect(await database.run("UPDATE audit_log SET actor_email = 'someone-else@example.org' WHERE sequence = 3")).toEqual({ changes: 1 });
    } finally {
      await database.close();
    }
    const broken = await secretariat.get<{ ok: boolean; brokenAt: number | null }>('/api/audit/verify');
    expect(broken.body).toMatchObject({ ok: false, brokenAt: 3 });
  });
});
