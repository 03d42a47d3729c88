import { describe, expect, it } from 'vitest';
import { passagesByTravel } from './passagesByTravel.ts';

describe('passagesByTravel', () => {
  it('puts the passages carried into most forks first, word for word before reworded, then in reading order', () => {
    const sorted = passagesByTravel([
      { text: 'Dropped everywhere.', kept: 0, changed: 0, dropped: 3 },
      { text: 'Reworded twice.', kept: 0, changed: 2, dropped: 1 },
      { text: 'Kept twice.', kept: 2, changed: 0, dropped: 1 },
      { text: 'Kept by all.', kept: 3, changed: 0, dropped: 0 },
      { text: 'Also dropped everywhere.', kept: 0, changed: 0, dropped: 3 },
    ]);
    expect(sorted.map((passage) => [passage.position, passage.text])).toEqual([
      [4, 'Kept by all.'],
      [3, 'Kept twice.'],
      [2, 'Reworded twice.'],
      [1, 'Dropped everywhere.'],
      [5, 'Also dropped everywhere.'],
    ]);
  });
});
