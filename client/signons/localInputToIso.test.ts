import { describe, expect, it } from 'vitest';
import { isoToLocalInput } from './isoToLocalInput.ts';
import { localInputToIso } from './localInputToIso.ts';

describe('localInputToIso', () => {
  it('keeps the local moment and says its offset', () => {
    const iso = localInputToIso('2026-03-01T17:00')!;
    expect(iso).toMatch(/^2026-03-01T17:00:00[+-]\d{2}:\d{2}$/);
    expect(Date.parse(iso)).toBe(new Date(2026, 2, 1, 17, 0).getTime());
  });

  it('turns back into the same input value', () => {
    expect(isoToLocalInput(localInputToIso('2026-11-30T08:45'))).toBe('2026-11-30T08:45');
  });

  it('refuses what is not a local date and time', () => {
    expect(localInputToIso('')).toBeNull();
    expect(localInputToIso('tomorrow')).toBeNull();
    expect(localInputToIso('2026-03-01T17:00Z')).toBeNull();
    expect(isoToLocalInput(null)).toBe('');
  });
});
