import { describe, expect, it } from 'vitest';
import { keyedByContent } from './keyedByContent.ts';

const byText = (text: string) => text;

describe('keyedByContent', () => {
  it('gives repeated content distinct keys, in order', () => {
    expect(keyedByContent(['Yes', 'No', 'Yes'], byText)).toEqual([
      { key: '1:Yes', item: 'Yes' },
      { key: '1:No', item: 'No' },
      { key: '2:Yes', item: 'Yes' },
    ]);
  });

  it('keeps a key with its words when an item is added before them', () => {
    const before = keyedByContent(['First.', 'Second.'], byText);
    const after = keyedByContent(['New.', 'First.', 'Second.'], byText);
    expect(after.slice(1)).toEqual(before);
  });

  it('never gives two items the same key, even when a text looks like a key', () => {
    const keys = keyedByContent(['a', '2:a', 'a', '1:a'], byText).map((entry) => entry.key);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
