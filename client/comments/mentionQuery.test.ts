import { describe, expect, it } from 'vitest';
import { mentionQuery } from './mentionQuery.ts';
import { mentionsIn } from './mentionsIn.ts';

describe('mentionQuery', () => {
  it('finds the @name being typed before the caret, spaces and all', () => {
    expect(mentionQuery('Agreed, @Bea Dr', 15)).toEqual({ at: 8, text: 'Bea Dr' });
    expect(mentionQuery('@', 1)).toEqual({ at: 0, text: '' });
  });

  it('ignores e-mail addresses and text after the caret', () => {
    expect(mentionQuery('write to bea@example.org', 24)).toBeNull();
    expect(mentionQuery('no mention here @Bea', 4)).toBeNull();
  });
});

describe('mentionsIn', () => {
  it('keeps the chosen mentions still written in the text', () => {
    const chosen = [
      { type: 'user' as const, id: 'u1', name: 'Bea Drafter' },
      { type: 'organisation' as const, id: 'o1', name: 'Nordic Names' },
    ];
    expect(mentionsIn('Thanks @Bea Drafter!', chosen)).toEqual([{ type: 'user', id: 'u1' }]);
  });
});
