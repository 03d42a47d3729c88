import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CalendarFeedView } from '../../shared/api/types.ts';
import { ApiClient } from '../support/ApiClient.ts';
import { createContact, createOrganisation, createStatement, signInAsSecretariat, type Contact } from '../support/coalition.ts';
import { startAccord, type AccordProcess } from '../support/startAccord.ts';

interface FeedEvent {
  uid: string;
  sequence: number;
  start: string;
  tzid: string | null;
  summary: string;
  description: string;
}

/** Fetches a feed as a calendar app would (no cookie, no Origin) and parses it with a real iCalendar parser. */
async function readFeed(url: string): Promise<{ status: number; type: string | null; events: FeedEvent[] }> {
  const response = await fetch(url);
  const text = await response.text();
  if (response.status !== 200) return { status: response.status, type: response.headers.get('content-type'), events: [] };
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents('vevent').map((event) => ({
    uid: String(event.getFirstPropertyValue('uid')),
    sequence: Number(event.getFirstPropertyValue('sequence')),
    start: String(event.getFirstPropertyValue('dtstart')),
    tzid: (event.getFirstProperty('dtstart')?.getParameter('tzid') as string | undefined) ?? null,
    summary: String(event.getFirstPropertyValue('summary')),
    description: String(event.getFirstPropertyValue('description')),
  }));
  return { status: response.status, type: response.headers.get('content-type'), events };
}

describe('calendar feeds', () => {
  let server: AccordProcess;
  let secretariat: ApiClient;
  let member: Contact;
  let host: string;

  beforeAll(async () => {
    server = await startAccord();
    host = new URL(server.url).host;
    secretariat = await signInAsSecretariat(server);
    member = await createContact(server, secretariat, { orgId: await createOrganisation(secretariat) });
  });

  afterAll(async () => {
    await server?.dispose();
  });

  const createConsultation = async (name: string, extra: Record<string, unknown> = {}) => {
    const created = await secretariat.post<{ id: string }>('/api/consultations', {
      name,
      body: 'UN CSTD',
      url: 'https://unctad.org/cstd',
      deadline: '2031-03-14T17:00',
      timeZone: 'Europe/Amsterdam',
      ...extra,
    });
    expect(created.status).toBe(201);
    return created.body.id;
  };

  it('moves an event under the same UID with a higher SEQUENCE and the new start when the deadline moves', async () => {
    const consultationId = await createConsultation('Moving review');
    const statement = await createStatement(secretariat, 'Statement for the review');
    await secretariat.patch(`/api/statements/${statement.id}`, { consultationId, milestones: { signOnCloses: 7 } });
    const { body: feed } = await member.client.get<CalendarFeedView>('/api/me/calendar');
    expect(feed.url).toMatch(new RegExp(`^${server.url}/calendar/[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.ics$`));
    // Asking again shows the same address.
    expect((await member.client.get<CalendarFeedView>('/api/me/calendar')).body.url).toBe(feed.url);

    const before = await readFeed(feed.url);
    expect(before.status).toBe(200);
    expect(before.type).toBe('text/calendar; charset=utf-8');
    const deadlineUid = `consultation-${consultationId}@${host}`;
    const milestoneUid = `milestone-${statement.id}-signOnCloses@${host}`;
    const deadlineBefore = before.events.find((event) => event.uid === deadlineUid);
    const milestoneBefore = before.events.find((event) => event.uid === milestoneUid);
    expect(deadlineBefore).toMatchObject({ start: '2031-03-14T17:00:00', tzid: 'Europe/Amsterdam', sequence: 0 });
    expect(milestoneBefore).toMatchObject({ start: '2031-03-07T17:00:00', tzid: 'Europe/Amsterdam' });
    expect(milestoneBefore?.description).toContain(`/statements/${statement.id}`);

    const moved = await secretariat.patch(`/api/consultations/${consultationId}`, { deadline: '2031-04-04T17:00', reason: 'extended by the UN secretariat' });
    expect(moved.status).toBe(200);
    const after = await readFeed(feed.url);
    const deadlineAfter = after.events.find((event) => event.uid === deadlineUid);
    const milestoneAfter = after.events.find((event) => event.uid === milestoneUid);
    expect(after.events.filter((event) => event.uid === deadlineUid)).toHaveLength(1);
    expect(deadlineAfter).toMatchObject({ start: '2031-04-04T17:00:00', tzid: 'Europe/Amsterdam', sequence: 1 });
    expect(deadlineAfter?.description).toContain('extended by the UN secretariat');
    expect(milestoneAfter?.start).toBe('2031-03-28T17:00:00');
    expect(milestoneAfter!.sequence).toBeGreaterThan(milestoneBefore!.sequence);

    await secretariat.patch(`/api/consultations/${consultationId}`, { deadline: '2031-04-11T17:00', reason: 'extended again' });
    const again = await readFeed(feed.url);
    expect(again.events.find((event) => event.uid === deadlineUid)?.sequence).toBe(2);
  });

  it('shows a contact nothing about statements they may not read', async () => {
    const consultationId = await createConsultation('Review they cannot see');
    const statement = await createStatement(secretariat, 'Statement they cannot see');
    await secretariat.patch(`/api/statements/${statement.id}`, { consultationId, milestones: { commentsClose: 14, signOnCloses: 7 } });
    // Their organisation has not agreed to the Statement of Purpose: the policy lets them read no statement.
    const outsider = await createContact(server, secretariat, { orgId: await createOrganisation(secretariat), agreed: false });
    const outsiderFeed = await readFeed((await outsider.client.get<CalendarFeedView>('/api/me/calendar')).body.url);
    expect(outsiderFeed.status).toBe(200);
    expect(outsiderFeed.events.filter((event) => event.uid.includes(statement.id) || event.uid.includes(consultationId))).toEqual([]);
    const memberFeed = await readFeed((await member.client.get<CalendarFeedView>('/api/me/calendar')).body.url);
    expect(memberFeed.events.map((event) => event.uid)).toEqual(
      expect.arrayContaining([`consultation-${consultationId}@${host}`, `milestone-${statement.id}-commentsClose@${host}`]),
    );
  });

  it('drops an unlinked statement’s milestones, and never lowers their SEQUENCE when it is linked again', async () => {
    const consultationId = await createConsultation('Relinked review');
    const statement = await createStatement(secretariat, 'Statement linked twice');
    const uid = `milestone-${statement.id}-publication@${host}`;
    const { url } = (await member.client.get<CalendarFeedView>('/api/me/calendar')).body;
    await secretariat.patch(`/api/statements/${statement.id}`, { consultationId, milestones: { publication: 0 } });
    await secretariat.patch(`/api/statements/${statement.id}`, { milestones: { publication: 1 } });
    const linked = (await readFeed(url)).events.find((event) => event.uid === uid);
    expect(linked).toMatchObject({ start: '2031-03-13T17:00:00' });
    const unlinked = await secretariat.patch<{ consultation: unknown; milestones: unknown[] }>(`/api/statements/${statement.id}`, { consultationId: null });
    expect(unlinked.body.consultation).toBeNull();
    expect(unlinked.body.milestones).toEqual([]);
    expect((await readFeed(url)).events.map((event) => event.uid)).not.toContain(uid);
    await secretariat.patch(`/api/statements/${statement.id}`, { consultationId });
    const relinked = (await readFeed(url)).events.find((event) => event.uid === uid);
    expect(relinked!.sequence).toBeGreaterThan(linked!.sequence);
  });

  it('404s a revoked or unknown feed, and a later request makes a new address', async () => {
    const contact = await createContact(server, secretariat, { orgId: await createOrganisation(secretariat) });
    const { url } = (await contact.client.get<CalendarFeedView>('/api/me/calendar')).body;
    expect((await readFeed(url)).status).toBe(200);
    expect((await contact.client.delete('/api/me/calendar')).status).toBe(204);
    expect((await readFeed(url)).status).toBe(404);
    const renewed = (await contact.client.get<CalendarFeedView>('/api/me/calendar')).body.url;
    expect(renewed).not.toBe(url);
    expect((await readFeed(renewed)).status).toBe(200);
    expect((await readFeed(url)).status).toBe(404);
    // A made-up or altered address is as unknown as a revoked one.
    expect((await readFeed(`${server.url}/calendar/abc.def.ics`)).status).toBe(404);
    expect((await readFeed(`${renewed.slice(0, -5)}x.ics`)).status).toBe(404);
    expect((await new ApiClient(server.url).get('/api/me/calendar')).status).toBe(401);
  });

  it('lists only the consultations the secretariat made public in the public feed', async () => {
    const hidden = await createConsultation('Internal review');
    const shown = await createConsultation('Open consultation', { public: true });
    const later = await createConsultation('Made public later');
    expect((await secretariat.patch(`/api/consultations/${later}`, { public: true })).status).toBe(200);
    const statement = await createStatement(secretariat, 'Unpublished statement');
    await secretariat.patch(`/api/statements/${statement.id}`, { consultationId: shown, milestones: { signOnCloses: 7 } });
    const feed = await readFeed(`${server.url}/p/calendar.ics`);
    expect(feed.status).toBe(200);
    const uids = feed.events.map((event) => event.uid);
    expect(uids).toContain(`consultation-${shown}@${host}`);
    expect(uids).toContain(`consultation-${later}@${host}`);
    expect(uids).not.toContain(`consultation-${hidden}@${host}`);
    expect(uids.filter((uid) => uid.startsWith('milestone-'))).toEqual([]);
    expect(feed.events.map((event) => event.description).join('\n')).not.toContain('Unpublished statement');
  });
});
