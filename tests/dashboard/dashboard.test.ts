import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DASHBOARD_LIMITS, type DashboardView } from '../../shared/api/dashboard.ts';
import { ApiClient } from '../support/ApiClient.ts';
import { createContact, createOrganisation, createStatement } from '../support/coalition.ts';
import { signOnFixture, type SignOnFixture } from '../support/signOnFixture.ts';

/** GET /api/dashboard: each section policy-filtered and bounded, on whichever store the run uses. */
describe('the dashboard', () => {
  let fixture: SignOnFixture;

  beforeAll(async () => {
    fixture = await signOnFixture(2);
  });

  afterAll(async () => {
    await fixture?.stop();
  });

  const dashboardOf = async (client: ApiClient): Promise<DashboardView> => {
    const answer = await client.get<DashboardView>('/api/dashboard');
    expect(answer.status).toBe(200);
    return answer.body;
  };

  it('is for signed-in people only and takes no parameters', async () => {
    expect((await new ApiClient(fixture.server.url).get('/api/dashboard')).status).toBe(401);
    expect((await fixture.secretariat.get('/api/dashboard?everything=1')).status).toBe(400);
  });

  it('is empty, section by section, for a fresh account', async () => {
    const orgId = await createOrganisation(fixture.secretariat, { name: 'Fresh Registry' });
    const fresh = await createContact(fixture.server, fixture.secretariat, { orgId });
    const dashboard = await dashboardOf(fresh.client);
    // The fixture has opened nothing yet when this runs: every section is empty.
    expect(dashboard.statements.drafting).toEqual({ items: [], total: 0 });
    expect(dashboard.statements.signOn).toEqual({ items: [], total: 0 });
    expect(dashboard.statements.published).toEqual({ items: [], total: 0 });
    expect(dashboard.needs).toEqual({ items: [], total: 0 });
    expect(dashboard.activity).toEqual([]);
    expect(dashboard.tally).toBeNull();
  });

  it('never shows another organisation’s private fork, nor what happened on it', async () => {
    const upstreamId = await fixture.newStatement('Statement on DNS abuse');
    const [orgA, orgB] = fixture.orgs;
    const forked = await orgA!.contact.client.post<{ id: string }>(`/api/statements/${upstreamId}/forks`, {});
    expect(forked.status).toBe(201);
    const forkId = forked.body.id;
    expect((await orgA!.contact.client.patch(`/api/statements/${forkId}`, { title: 'Our private position' })).status).toBe(200);

    const owner = await dashboardOf(orgA!.contact.client);
    expect(owner.statements.drafting.items.map((statement) => statement.id)).toContain(forkId);
    expect(owner.activity.filter((item) => item.statement.id === forkId).map((item) => item.event)).toEqual(['renamed', 'forked']);

    for (const outsider of [orgB!.contact.client, fixture.secretariat]) {
      const dashboard = await dashboardOf(outsider);
      const text = JSON.stringify(dashboard);
      expect(text).not.toContain(forkId);
      expect(text).not.toContain('Our private position');
      expect(dashboard.statements.drafting.items.map((statement) => statement.id)).toContain(upstreamId);
    }
    // Activity on the coalition statement reaches everyone who follows it, in words, not event codes.
    const reader = await dashboardOf(orgB!.contact.client);
    expect(reader.activity.some((item) => item.statement.id === upstreamId && item.event === 'drafterAdded')).toBe(true);
    expect(reader.activity.every((item) => !item.event.includes('.'))).toBe(true);
  });

  it('shows the secretariat the sign-on tally, and a signatory where their organisation stands', async () => {
    const statementId = await fixture.newStatement('Statement on registration data');
    await fixture.writeStructured(statementId);
    const frozen = await fixture.secretariat.post<{ hash: string }>(`/api/statements/${statementId}/freeze`, {});
    expect(frozen.status, JSON.stringify(frozen.body)).toBe(200);
    const [orgA, orgB] = fixture.orgs;
    expect((await orgA!.signatory.client.post(`/api/statements/${statementId}/signatures`, { hash: frozen.body.hash })).status).toBe(201);

    const secretariat = await dashboardOf(fixture.secretariat);
    const tally = secretariat.tally?.items.find((item) => item.statement.id === statementId);
    // Every member organisation is asked: the two of the fixture, its drafting organisation and the fresh one.
    expect(tally).toMatchObject({ signed: 1, asked: 4 });

    const signedOrg = await dashboardOf(orgA!.signatory.client);
    expect(signedOrg.statements.signOn.items.find((item) => item.statement.id === statementId)?.myOrganisation).toBe('signed');
    const awaiting = await dashboardOf(orgB!.contact.client);
    expect(awaiting.statements.signOn.items.find((item) => item.statement.id === statementId)?.myOrganisation).toBe('awaiting');
    expect(awaiting.tally).toBeNull();
    expect(awaiting.activity.find((item) => item.statement.id === statementId)?.event).toBe('signed');
  });

  it('keeps every section bounded, with the total beside it', async () => {
    const many = DASHBOARD_LIMITS.statements + 3;
    for (let index = 0; index < many; index++) await createStatement(fixture.secretariat, `Bounded statement ${index}`);
    const dashboard = await dashboardOf(fixture.orgs[0]!.contact.client);
    expect(dashboard.statements.drafting.items).toHaveLength(DASHBOARD_LIMITS.statements);
    expect(dashboard.statements.drafting.total).toBeGreaterThanOrEqual(many);
    // Most recently updated first.
    expect(dashboard.statements.drafting.items[0]!.title).toBe(`Bounded statement ${many - 1}`);
    expect(dashboard.activity).toHaveLength(DASHBOARD_LIMITS.activity);
    expect(dashboard.needs.items.length).toBeLessThanOrEqual(DASHBOARD_LIMITS.needs);
  });
});
