import { describe, expect, it } from 'vitest';
import { timeLeft } from './timeLeft.ts';

const MINUTE = 60_000;

describe('timeLeft', () => {
  it('names the two largest units', () => {
    expect(timeLeft((2 * 1440 + 4 * 60 + 30) * MINUTE)).toBe('2 days 4 hours');
    expect(timeLeft((3 * 60 + 12) * MINUTE + 40_000)).toBe('3 hours 12 minutes');
    expect(timeLeft(1440 * MINUTE)).toBe('1 day');
    expect(timeLeft(60 * MINUTE)).toBe('1 hour');
    expect(timeLeft(5 * MINUTE)).toBe('5 minutes');
    expect(timeLeft(MINUTE)).toBe('1 minute');
  });

  it('says less than a minute at the very end', () => {
    expect(timeLeft(59_000)).toBe('less than a minute');
    expect(timeLeft(0)).toBe('less than a minute');
  });
});
