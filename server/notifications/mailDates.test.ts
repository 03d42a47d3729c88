import { describe, expect, it } from 'vitest';
import { dayInZone, dueDigestPeriod, dueReminderLead, momentInZone } from './mailDates.ts';

const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;

describe('digest periods', () => {
  it('a daily period is the local date of the latest 08:00 in the reader’s zone', () => {
    // 06:30 UTC is 07:30 in Paris (winter): before 08:00, yesterday's period; 07:30 UTC is 08:30 there.
    expect(dueDigestPeriod(new Date('2026-12-02T06:30:00Z'), 'daily', 'Europe/Paris')).toBe('2026-12-01');
    expect(dueDigestPeriod(new Date('2026-12-02T07:30:00Z'), 'daily', 'Europe/Paris')).toBe('2026-12-02');
    // 20:00 UTC is already the next day, 09:00, in Auckland (summer, UTC+13).
    expect(dueDigestPeriod(new Date('2026-12-02T20:00:00Z'), 'daily', 'Pacific/Auckland')).toBe('2026-12-03');
    expect(dueDigestPeriod(new Date('2026-12-02T20:00:00Z'), 'daily', 'America/Los_Angeles')).toBe('2026-12-02');
  });

  it('a weekly period is the local date of the latest Monday 08:00', () => {
    // Wednesday 2 December 2026: the Monday before is 30 November.
    expect(dueDigestPeriod(new Date('2026-12-02T12:00:00Z'), 'weekly', 'UTC')).toBe('2026-11-30');
    // Monday 7 December at 07:59 local is still last week's period; at 08:00 it is the new one.
    expect(dueDigestPeriod(new Date('2026-12-07T06:59:00Z'), 'weekly', 'Europe/Berlin')).toBe('2026-11-30');
    expect(dueDigestPeriod(new Date('2026-12-07T07:00:00Z'), 'weekly', 'Europe/Berlin')).toBe('2026-12-07');
  });

  it('an unknown zone counts in UTC instead of failing', () => {
    expect(dueDigestPeriod(new Date('2026-12-02T09:00:00Z'), 'daily', 'Not/AZone')).toBe('2026-12-02');
  });
});

describe('sign-on reminders', () => {
  const now = new Date('2026-12-02T12:00:00Z');
  const inMs = (ms: number) => new Date(now.getTime() + ms).toISOString();

  it('7 days ahead while more than a day is left, 1 day ahead in the last day, nothing before or after', () => {
    expect(dueReminderLead(inMs(8 * DAY_MS), now)).toBeNull();
    expect(dueReminderLead(inMs(7 * DAY_MS), now)).toBe('7d');
    expect(dueReminderLead(inMs(6 * DAY_MS), now)).toBe('7d');
    expect(dueReminderLead(inMs(DAY_MS + 1), now)).toBe('7d');
    // Closer than a day (e.g. when sign-on opens that late): only the 1-day reminder.
    expect(dueReminderLead(inMs(DAY_MS), now)).toBe('1d');
    expect(dueReminderLead(inMs(HOUR_MS), now)).toBe('1d');
    expect(dueReminderLead(inMs(0), now)).toBeNull();
    expect(dueReminderLead(inMs(-HOUR_MS), now)).toBeNull();
  });
});

describe('dates in the reader’s zone', () => {
  it('names the day there, with the year only when it is not the current one', () => {
    const now = new Date('2026-12-02T12:00:00Z');
    expect(dayInZone('2027-03-14T00:30:00Z', 'America/New_York', now)).toBe('13 March 2027');
    expect(dayInZone('2026-12-14T00:30:00Z', 'UTC', now)).toBe('14 December');
    expect(momentInZone('2031-03-28T00:30:00Z', 'Asia/Tokyo')).toBe('Friday 28 March 2031, 09:30 (Asia/Tokyo)');
  });
});
