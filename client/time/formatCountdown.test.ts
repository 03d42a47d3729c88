import { describe, expect, it } from 'vitest';
import { formatCountdown } from './formatCountdown.ts';
import { formatDeadline } from './formatDeadline.ts';

describe('deadline display', () => {
  it('counts whole days left', () => {
    const now = Date.parse('2031-03-02T12:00:00Z');
    expect(formatCountdown('2031-03-14T16:00:00Z', now)).toBe('12 days left');
    expect(formatCountdown('2031-03-03T13:00:00Z', now)).toBe('1 day left');
    expect(formatCountdown('2031-03-02T13:00:00Z', now)).toBe('less than a day left');
    expect(formatCountdown('2031-03-01T13:00:00Z', now)).toBe('passed');
  });

  it('shows the time in the viewer’s zone and names it', () => {
    expect(formatDeadline('2031-03-14T16:00:00Z', 'America/New_York')).toContain('12:00');
    expect(formatDeadline('2031-03-14T16:00:00Z', 'America/New_York')).toContain('(America/New_York)');
    expect(formatDeadline('2031-03-14T23:30:00Z', 'Asia/Tokyo', { dateOnly: true })).toContain('15');
  });
});
