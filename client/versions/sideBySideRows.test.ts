import { diffWords } from 'diff';
import { describe, expect, it } from 'vitest';
import type { DiffPart } from './diffBlocks.ts';
import { sideBySideRows } from './sideBySideRows.ts';

/** The server's word diff of two lists of paragraphs. */
const diff = (before: string[], after: string[]): DiffPart[] =>
  diffWords(before.join('\n\n'), after.join('\n\n')).map((change) => ({
    kind: change.added ? 'added' : change.removed ? 'removed' : 'equal',
    text: change.value,
  }));

/** Each row as the plain text of its two sides, paragraphs joined with " | ". */
const plain = (parts: DiffPart[]) =>
  sideBySideRows(parts).map((row) => [
    row.before.map((block) => block.map((part) => part.text).join('')).join(' | '),
    row.after.map((block) => block.map((part) => part.text).join('')).join(' | '),
  ]);

describe('sideBySideRows', () => {
  it('lines up unchanged paragraphs and shows a changed one on both sides', () => {
    expect(plain(diff(['Alpha one.', 'Beta two.', 'Gamma three.'], ['Alpha one.', 'Beta 2.', 'Gamma three.']))).toEqual([
      ['Alpha one.', 'Alpha one.'],
      ['Beta two.', 'Beta 2.'],
      ['Gamma three.', 'Gamma three.'],
    ]);
  });

  it('gives a removed paragraph a row of its own, empty on the right', () => {
    expect(plain(diff(['Alpha one.', 'Beta two.', 'Gamma three.'], ['Alpha one.', 'Gamma three.']))).toEqual([
      ['Alpha one.', 'Alpha one.'],
      ['Beta two.', ''],
      ['Gamma three.', 'Gamma three.'],
    ]);
  });

  it('gives an added paragraph a row of its own, at the start, in the middle and at the end', () => {
    expect(plain(diff(['Alpha one.', 'Beta two.'], ['Zero.', 'Alpha one.', 'Middle.', 'Beta two.', 'Delta.']))).toEqual([
      ['', 'Zero.'],
      ['Alpha one.', 'Alpha one.'],
      ['', 'Middle.'],
      ['Beta two.', 'Beta two.'],
      ['', 'Delta.'],
    ]);
  });

  it('keeps the removed and added words of each side', () => {
    const [row] = sideBySideRows(diff(['We ask for a seat.'], ['We ask for an equal seat.']));
    expect(
      row!.before
        .flat()
        .filter((part) => part.kind !== 'equal')
        .map((part) => [part.kind, part.text]),
    ).toEqual([['removed', 'a']]);
    expect(
      row!.after
        .flat()
        .filter((part) => part.kind !== 'equal')
        .map((part) => [part.kind, part.text]),
    ).toEqual([['added', 'an equal']]);
  });
});
