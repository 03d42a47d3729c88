import { describe, expect, it } from 'vitest';
import { diffBlocks } from './diffBlocks.ts';

describe('diffBlocks', () => {
  it('cuts parts at blank lines so every paragraph is a block, and leaves out empty ones', () => {
    const blocks = diffBlocks([
      { kind: 'equal', text: 'Alpha one.\n\n' },
      { kind: 'removed', text: 'Beta two.\n\n' },
      { kind: 'equal', text: 'Gamma ' },
      { kind: 'added', text: 'three' },
      { kind: 'equal', text: '.' },
    ]);
    expect(blocks).toEqual([
      [{ kind: 'equal', text: 'Alpha one.' }],
      [{ kind: 'removed', text: 'Beta two.' }],
      [
        { kind: 'equal', text: 'Gamma ' },
        { kind: 'added', text: 'three' },
        { kind: 'equal', text: '.' },
      ],
    ]);
  });
});
