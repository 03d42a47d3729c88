import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CalendarFeedView } from '../../shared/api/types.ts';
import type { ApiClient } from '../support/ApiClient.ts';
import { createContact, createOrganisation, createStatement, signInAsSecretariat, type Contact } from '../support/coalition.ts';
import { startAccord, type AccordProcess } from '../support/startAccord.ts';

/** A feed as a calendar app reads it (no cookie): the calendar's name and each event's summary and description. */
async function readFeed(url: string): Promise<{ name: string; events: { summary: string; description: string }[] }> {
  const response = await fetch(url);
  expect(response.status).toBe(200);
  const calendar = new ICAL.Component(ICAL.parse(await response.text()));
  return {
    name: String(calendar.getFirstPropertyValue('x-wr-calname')),
    events: calendar.getAllSubcomponents('vevent').map((event) => ({
      summary: String(event.getFirstPropertyValue('summary')),
      description: String(event.getFirstPropertyValue('description')),
    })),
  };
}

describe('calendar feeds in their owner’s language', () => {
  let server: AccordProcess;
  let secretariat: ApiClient;
  let french: Contact;
  let english: Contact;

  beforeAll(async () => {
    server = await startAccord();
    secretariat = await signInAsSecretariat(server);
    const orgId = await createOrganisation(secretariat);
    french = await createContact(server, secretariat, { orgId });
    english = await createContact(server, secretariat, { orgId });
    expect((await french.client.request('PUT', '/api/me/language', { language: 'fr' })).status).toBe(200);
    const created = await secretariat.post<{ id: string }>('/api/consultations', {
      name: 'Review',
      body: 'UN CSTD',
      url: 'https://unctad.org/cstd',
      deadline: '2031-03-14T17:00',
      timeZone: 'Europe/Amsterdam',
      public: true,
    });
    expect(created.status).toBe(201);
    const statement = await createStatement(secretariat, 'Statement for the review');
    expect((await secretariat.patch(`/api/statements/${statement.id}`, { consultationId: created.body.id, milestones: { signOnCloses: 7 } })).status).toBe(200);
  });

  afterAll(async () => {
    await server?.dispose();
  });

  it('names a French account’s calendar, deadlines and milestones in French, and an English one’s in English', async () => {
    const feedOf = async (contact: Contact) => readFeed((await contact.client.get<CalendarFeedView>('/api/me/calendar')).body.url);
    const inFrench = await feedOf(french);
    expect(inFrench.name).toBe('Accord\u00a0: échéances');
    expect(inFrench.events.map((event) => event.summary).sort()).toEqual([
      'Clôture des signatures\u00a0: Statement for the review',
      'Échéance\u00a0: Review (UN CSTD)',
    ]);
    expect(inFrench.events.map((event) => event.description)).toContainEqual(
      expect.stringContaining('7 jours avant l’échéance de Review (14 mars 2031, 17:00 (Europe/Amsterdam)).'),
    );
    const inEnglish = await feedOf(english);
    expect(inEnglish.name).toBe('Accord: deadlines');
    expect(inEnglish.events.map((event) => event.summary).sort()).toEqual(['Deadline: Review (UN CSTD)', 'Sign-on closes: Statement for the review']);
    expect(inEnglish.events.map((event) => event.description)).toContainEqual(
      expect.stringContaining('7 days before the Review deadline (14 March 2031, 17:00 (Europe/Amsterdam)).'),
    );
  });

  it('names the public calendar in the language asked for', async () => {
    expect((await readFeed(`${server.url}/p/calendar.ics?lang=fr`)).name).toBe('Consultations de la coalition');
    expect((await readFeed(`${server.url}/p/calendar.ics`)).name).toBe('Coalition consultations');
  });
});
