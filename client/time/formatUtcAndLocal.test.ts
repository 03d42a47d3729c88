import { describe, expect, it } from 'vitest';
import { formatUtcAndLocal } from './formatUtcAndLocal.ts';

describe('formatUtcAndLocal', () => {
  it('gives the deadline in UTC and in the zone asked for, which may fall on another day', () => {
    const { utc, local } = formatUtcAndLocal('2031-03-28T16:00:00.000Z', 'Asia/Tokyo', 'en-GB');
    expect(utc).toBe('28 Mar 2031, 16:00 UTC');
    expect(local).toMatch(/29/);
    expect(local).toMatch(/1:00|01:00/);
  });

  it('says nothing more where the zone shows UTC at that moment (London in winter, not in summer)', () => {
    expect(formatUtcAndLocal('2031-01-10T12:00:00.000Z', 'UTC', 'en-GB').local).toBeNull();
    expect(formatUtcAndLocal('2031-01-10T12:00:00.000Z', 'Europe/London', 'en-GB').local).toBeNull();
    expect(formatUtcAndLocal('2031-07-10T12:00:00.000Z', 'Europe/London', 'en-GB').local).not.toBeNull();
  });

  it('writes both in the reader’s locale', () => {
    const { utc, local } = formatUtcAndLocal('2031-03-28T16:00:00.000Z', 'Asia/Tokyo', 'fr');
    expect(utc).toBe('28 mars 2031, 16:00 UTC');
    expect(local).toContain('29 mars 2031');
  });
});
