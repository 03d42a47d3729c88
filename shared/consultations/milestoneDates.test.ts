import { describe, expect, it } from 'vitest';
import { deadlineWarnings } from './deadlineWarnings.ts';
import { dateBefore, milestoneDates } from './milestoneDates.ts';
import { parseDeadline } from './parseDeadline.ts';

describe('deadline arithmetic', () => {
  it('reads a local date-time in the consultation zone, or an ISO date-time by its own offset', () => {
    expect(parseDeadline('2027-03-14T17:00', 'Europe/Amsterdam')).toEqual({ ok: true, at: '2027-03-14T16:00:00Z' });
    expect(parseDeadline('2027-07-14T17:00', 'Europe/Amsterdam')).toEqual({ ok: true, at: '2027-07-14T15:00:00Z' });
    expect(parseDeadline('2027-03-14T17:00:00-05:00', 'Europe/Amsterdam')).toEqual({ ok: true, at: '2027-03-14T22:00:00Z' });
  });

  it('refuses an unknown zone and a date that does not exist, saying which', () => {
    expect(parseDeadline('2027-03-14T17:00', 'Mars/Base')).toEqual({ ok: false, message: 'Unknown time zone "Mars/Base"' });
    const badDate = parseDeadline('2027-02-30T17:00', 'Europe/Amsterdam');
    expect(badDate.ok).toBe(false);
    expect(parseDeadline('next Tuesday', 'UTC').ok).toBe(false);
  });

  it('keeps the local wall time when counting days back across a change of summer time', () => {
    // Amsterdam moves to summer time on 28 March 2027: 17:00 is 15:00Z after, 16:00Z before.
    const deadline = parseDeadline('2027-04-02T17:00', 'Europe/Amsterdam');
    if (!deadline.ok) throw new Error(deadline.message);
    expect(deadline.at).toBe('2027-04-02T15:00:00Z');
    expect(dateBefore(deadline.at, 'Europe/Amsterdam', 7)).toBe('2027-03-26T16:00:00Z');
    // New York changed on 14 March 2027.
    expect(dateBefore('2027-03-20T21:00:00Z', 'America/New_York', 7)).toBe('2027-03-13T22:00:00Z');
  });

  it('lists only the milestones that are set, soonest first', () => {
    expect(milestoneDates('2027-03-28T16:00:00Z', 'UTC', { commentsClose: 21, signOnCloses: null, publication: 0 })).toEqual([
      { kind: 'commentsClose', daysBefore: 21, at: '2027-03-07T16:00:00Z' },
      { kind: 'publication', daysBefore: 0, at: '2027-03-28T16:00:00Z' },
    ]);
  });

  it('flags milestones in the past and fewer than 7 days to decide', () => {
    const now = new Date('2027-03-20T12:00:00Z');
    const consultation = { deadline: '2027-03-24T12:00:00Z', timeZone: 'UTC' };
    const warnings = deadlineWarnings('s1', consultation, { commentsClose: 10, signOnCloses: 2, publication: 0 }, now);
    expect(warnings.map((warning) => warning.milestone)).toEqual(['commentsClose', 'signOnCloses']);
    expect(warnings[1]?.message).toBe('Members have 2 days to decide before sign-on closes (fewer than 7)');
    expect(deadlineWarnings('s1', consultation, { commentsClose: null, signOnCloses: null, publication: null }, now)).toEqual([
      { statementId: 's1', milestone: 'deadline', message: 'Members have 4 days to decide before the deadline (fewer than 7)' },
    ]);
    expect(deadlineWarnings('s1', { deadline: '2027-05-01T12:00:00Z', timeZone: 'UTC' }, { commentsClose: 21, signOnCloses: 7, publication: 0 }, now)).toEqual(
      [],
    );
  });
});
