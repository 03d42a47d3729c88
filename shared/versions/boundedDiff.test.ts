import { describe, expect, it } from 'vitest';
import { boundedDiff } from './boundedDiff.ts';

const budget = { maxChars: 10_000, maxEditLength: 20, timeoutMs: 1000 };
const words = (count: number, prefix: string) => Array.from({ length: count }, (_, index) => `${prefix}${index}`).join(' ');
const joined = (parts: { kind: string; text: string }[], side: 'before' | 'after') =>
  parts
    .filter((part) => part.kind !== (side === 'before' ? 'added' : 'removed'))
    .map((part) => part.text)
    .join('');

describe('boundedDiff', () => {
  it('compares word by word within the budget', () => {
    const diff = boundedDiff('We ask for a seat.', 'We ask for an equal seat.', budget);
    expect(diff?.level).toBe('words');
    expect(joined(diff!.parts, 'before')).toBe('We ask for a seat.');
    expect(joined(diff!.parts, 'after')).toBe('We ask for an equal seat.');
  });

  it('falls back to whole paragraphs when the word diff is over its edit budget', () => {
    const before = ['Kept paragraph.', words(30, 'old'), 'Last paragraph.'].join('\n\n');
    const after = ['Kept paragraph.', words(30, 'new'), 'Last paragraph.'].join('\n\n');
    const diff = boundedDiff(before, after, budget);
    expect(diff?.level).toBe('paragraphs');
    expect(diff!.parts.filter((part) => part.kind !== 'equal').map((part) => part.kind)).toEqual(['removed', 'added']);
    expect(diff!.parts.find((part) => part.kind === 'equal')?.text).toBe('Kept paragraph.');
    expect(joined(diff!.parts, 'after').replace(/\n\n+/g, '\n\n')).toBe(after);
  });

  it('gives up (null) on texts over the size cap, whatever their difference', () => {
    expect(boundedDiff('a'.repeat(10_001), 'a', budget)).toBeNull();
    expect(boundedDiff('short', 'b'.repeat(10_001), budget)).toBeNull();
  });
});
