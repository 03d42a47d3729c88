import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConsultationSummaryView, ConsultationView, StatementView } from '../../shared/api/types.ts';
import type { ApiClient } from '../support/ApiClient.ts';
import { createContact, createOrganisation, createStatement, signInAsSecretariat, type Contact } from '../support/coalition.ts';
import { openTestDatabase } from '../support/testDatabase.ts';
import { startAccord, type AccordProcess } from '../support/startAccord.ts';

/** A local date-time `days` from now (UTC), as the create form sends it. */
const localIn = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 16);

describe('consultation deadlines', () => {
  let server: AccordProcess;
  let secretariat: ApiClient;
  let member: Contact;

  beforeAll(async () => {
    server = await startAccord();
    secretariat = await signInAsSecretariat(server);
    member = await createContact(server, secretariat, { orgId: await createOrganisation(secretariat) });
  });

  afterAll(async () => {
    await server?.dispose();
  });

  const create = async (deadline = '2031-03-14T17:00', timeZone = 'Europe/Amsterdam') => {
    const created = await secretariat.post<{ id: string }>('/api/consultations', {
      name: 'WSIS+20 review',
      body: 'UN CSTD',
      url: 'https://unctad.org/cstd',
      deadline,
      timeZone,
    });
    expect(created.status).toBe(201);
    return created.body.id;
  };

  it('moving a deadline keeps its history and moves the linked statements’ milestones and sign-on deadline', async () => {
    const consultationId = await create();
    const statement = await createStatement(secretariat, 'Statement on WSIS');
    const linked = await secretariat.patch<StatementView>(`/api/statements/${statement.id}`, {
      consultationId,
      milestones: { commentsClose: 21, signOnCloses: 7, publication: 0 },
    });
    expect(linked.status).toBe(200);
    expect(linked.body.title).toBe('Statement on WSIS');
    expect(linked.body.consultation).toMatchObject({ id: consultationId, deadline: '2031-03-14T16:00:00Z', timeZone: 'Europe/Amsterdam', lastMove: null });
    expect(linked.body.milestones).toEqual([
      { kind: 'commentsClose', daysBefore: 21, at: '2031-02-21T16:00:00Z' },
      { kind: 'signOnCloses', daysBefore: 7, at: '2031-03-07T16:00:00Z' },
      { kind: 'publication', daysBefore: 0, at: '2031-03-14T16:00:00Z' },
    ]);
    expect(linked.body.settings.signOnDeadline).toBe('2031-03-07T16:00:00Z');

    const moved = await secretariat.patch<ConsultationView>(`/api/consultations/${consultationId}`, {
      deadline: '2031-04-04T17:00',
      reason: 'extended by the UN secretariat',
    });
    expect(moved.status).toBe(200);
    // Amsterdam is on summer time from 30 March 2031: 17:00 local is then 15:00Z.
    expect(moved.body.deadline).toBe('2031-04-04T15:00:00Z');
    expect(moved.body.history).toHaveLength(1);
    expect(moved.body.history[0]).toMatchObject({
      from: '2031-03-14T16:00:00Z',
      to: '2031-04-04T15:00:00Z',
      reason: 'extended by the UN secretariat',
      by: { name: expect.any(String) },
    });
    expect(Date.parse(moved.body.history[0]!.at)).toBeGreaterThan(Date.now() - 60_000);
    expect(moved.body.statements).toEqual([
      {
        id: statement.id,
        title: 'Statement on WSIS',
        stage: 'drafting',
        milestones: [
          { kind: 'commentsClose', daysBefore: 21, at: '2031-03-14T16:00:00Z' },
          // 7 days before 17:00 on 4 April is 17:00 on 28 March, before the change to summer time.
          { kind: 'signOnCloses', daysBefore: 7, at: '2031-03-28T16:00:00Z' },
          { kind: 'publication', daysBefore: 0, at: '2031-04-04T15:00:00Z' },
        ],
      },
    ]);

    const seen = await member.client.get<StatementView>(`/api/statements/${statement.id}`);
    expect(seen.body.settings.signOnDeadline).toBe('2031-03-28T16:00:00Z');
    expect(seen.body.consultation?.lastMove).toMatchObject({
      from: '2031-03-14T16:00:00Z',
      to: '2031-04-04T15:00:00Z',
      reason: 'extended by the UN secretariat',
    });
    expect(seen.body.warnings).toEqual([]);
    const history = await member.client.get<ConsultationView>(`/api/consultations/${consultationId}`);
    expect(history.body.history.map((move) => move.reason)).toEqual(['extended by the UN secretariat']);
    expect(history.body.can.manage).toBe(false);

    // The audit keeps the instants and a hash of the reason, never its words.
    const database = openTestDatabase(server);
    try {
      const entry = await database.get<{ details: string }>("SELECT details FROM audit_log WHERE action = 'consultation.deadlineMoved'");
      expect(JSON.parse(entry!.details)).toEqual({ from: '2031-03-14T16:00:00Z', to: '2031-04-04T15:00:00Z', reasonHash: expect.any(String) });
      expect(entry!.details).not.toContain('UN secretariat');
    } finally {
      await database.close();
    }
  });

  it('flags a move that leaves members fewer than 7 days to decide, or a milestone in the past', async () => {
    const consultationId = await create(localIn(60), 'UTC');
    const statement = await createStatement(secretariat, 'Statement in a hurry');
    await secretariat.patch(`/api/statements/${statement.id}`, { consultationId, milestones: { commentsClose: 10, signOnCloses: 2, publication: null } });
    const calm = await secretariat.get<ConsultationView>(`/api/consultations/${consultationId}`);
    expect(calm.body.warnings).toEqual([]);

    const moved = await secretariat.patch<ConsultationView>(`/api/consultations/${consultationId}`, { deadline: localIn(5), reason: 'brought forward' });
    expect(moved.status).toBe(200);
    expect(moved.body.warnings).toEqual([
      { statementId: statement.id, milestone: 'commentsClose', message: 'Comments close is already past' },
      { statementId: statement.id, milestone: 'signOnCloses', message: expect.stringMatching(/^Members have 2 days to decide before sign-on closes/) },
    ]);
    const page = await secretariat.get<StatementView>(`/api/statements/${statement.id}`);
    expect(page.body.warnings.map((warning) => warning.milestone)).toEqual(['commentsClose', 'signOnCloses']);
    // Contacts see the dates, not the secretariat's flags.
    expect((await member.client.get<StatementView>(`/api/statements/${statement.id}`)).body.warnings).toEqual([]);
    expect((await member.client.get<ConsultationView>(`/api/consultations/${consultationId}`)).body.warnings).toEqual([]);
  });

  it('refuses an unknown zone, an impossible date and a move without a reason with a clear 400', async () => {
    const badZone = await secretariat.post('/api/consultations', {
      name: 'X',
      body: 'Y',
      url: 'https://example.org',
      deadline: '2031-03-14T17:00',
      timeZone: 'Mars/Base',
    });
    expect(badZone.status).toBe(400);
    expect(badZone.body).toEqual({ error: { code: 'bad_request', message: 'Unknown time zone "Mars/Base"' } });
    const badDate = await secretariat.post<{ error: { message: string } }>('/api/consultations', {
      name: 'X',
      body: 'Y',
      url: 'https://example.org',
      deadline: '2031-02-30T17:00',
      timeZone: 'UTC',
    });
    expect(badDate.status).toBe(400);
    expect(badDate.body.error.message).toContain('2031-02-30T17:00');
    const badLink = await secretariat.post('/api/consultations', {
      name: 'X',
      body: 'Y',
      url: 'javascript:alert(1)',
      deadline: '2031-03-14T17:00',
      timeZone: 'UTC',
    });
    expect(badLink.status).toBe(400);
    const id = await create();
    expect((await secretariat.patch(`/api/consultations/${id}`, { deadline: '2031-04-01T17:00' })).status).toBe(400);
    expect((await secretariat.patch(`/api/consultations/${id}`, { deadline: '2031-04-01T17:00', reason: '   ' })).status).toBe(400);
    expect((await secretariat.patch(`/api/consultations/${id}`, { deadline: 'soon', reason: 'because' })).status).toBe(400);
    expect((await secretariat.get<ConsultationView>(`/api/consultations/${id}`)).body.history).toEqual([]);
    expect((await secretariat.patch(`/api/statements/${(await createStatement(secretariat)).id}`, { consultationId: 'nope' })).status).toBe(400);
  });

  it('lets only the secretariat create, move and link; members read', async () => {
    const id = await create();
    const statement = await createStatement(secretariat, 'Members may not link');
    expect(
      (await member.client.post('/api/consultations', { name: 'X', body: 'Y', url: 'https://example.org', deadline: '2031-03-14T17:00', timeZone: 'UTC' }))
        .status,
    ).toBe(403);
    expect((await member.client.patch(`/api/consultations/${id}`, { deadline: '2031-04-01T17:00', reason: 'mine' })).status).toBe(403);
    expect((await member.client.patch(`/api/consultations/${id}`, { public: true })).status).toBe(403);
    expect((await member.client.patch(`/api/statements/${statement.id}`, { consultationId: id })).status).toBe(403);
    const listed = await member.client.get<ConsultationSummaryView[]>('/api/consultations');
    expect(listed.status).toBe(200);
    expect(listed.body.map((consultation) => consultation.id)).toContain(id);
    expect((await member.client.get(`/api/consultations/${id}`)).status).toBe(200);
  });
});
