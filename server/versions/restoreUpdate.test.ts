import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { TEXT_FRAGMENT } from '../../shared/collab/protocol.ts';
import { canonicalDocument } from './canonicalDocument.ts';
import { restoreUpdate } from './restoreUpdate.ts';

const budget = { maxChars: 500_000, maxEditLength: 2000, timeoutMs: 250 };

type Block = [name: string, text: string, attributes?: Record<string, string>, marks?: { from: number; length: number; mark: Record<string, unknown> }[]];

/** A document of blocks (a `bulletList` block holds its text as list items, one per line). */
function documentOf(blocks: readonly Block[], doc = new Y.Doc()): Y.Doc {
  const fragment = doc.getXmlFragment(TEXT_FRAGMENT);
  doc.transact(() => {
    fragment.delete(0, fragment.length);
    fragment.insert(
      0,
      blocks.map(([name, words, attributes = {}, marks = []]) => {
        const element = new Y.XmlElement(name);
        for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, value);
        if (name === 'bulletList') {
          element.insert(
            0,
            words.split('\n').map((line) => {
              const item = new Y.XmlElement('listItem');
              const paragraph = new Y.XmlElement('paragraph');
              paragraph.insert(0, [new Y.XmlText(line)]);
              item.insert(0, [paragraph]);
              return item;
            }),
          );
        } else {
          const text = new Y.XmlText(words);
          element.insert(0, [text]);
          for (const { from, length, mark } of marks) text.format(from, length, mark);
        }
        return element;
      }),
    );
  });
  return doc;
}

/** Restores `version` over `live` and returns the live document after it. */
function restored(live: Y.Doc, version: Y.Doc, within = budget): Y.Doc {
  const update = restoreUpdate(Y.encodeStateAsUpdate(live), Y.encodeStateAsUpdate(version), within);
  if (update !== null) Y.applyUpdate(live, update);
  return live;
}

const canonical = (doc: Y.Doc) => canonicalDocument(doc.getXmlFragment(TEXT_FRAGMENT));

describe('restoreUpdate', () => {
  const cases: [string, Block[], Block[]][] = [
    ['words changed in a paragraph', [['paragraph', 'We ask for an equal seat.']], [['paragraph', 'We ask for a seat.']]],
    [
      'a mark removed and another added',
      [['paragraph', 'We ask for a seat.', {}, [{ from: 0, length: 2, mark: { bold: {} } }]]],
      [['paragraph', 'We ask for a seat.', {}, [{ from: 3, length: 3, mark: { italic: {} } }]]],
    ],
    ['a paragraph become a heading', [['paragraph', 'Our position']], [['heading', 'Our position', { level: '2' }]]],
    ['a heading level changed', [['heading', 'Our position', { level: '3' }]], [['heading', 'Our position', { level: '2' }]]],
    ['a list item changed and one added', [['bulletList', 'one\ntwo']], [['bulletList', 'one\nthree\nfour']]],
    [
      'everything deleted',
      [
        ['paragraph', 'a'],
        ['paragraph', 'b'],
      ],
      [],
    ],
    [
      'from nothing',
      [],
      [
        ['paragraph', 'a'],
        ['paragraph', 'b'],
      ],
    ],
    [
      'paragraphs reordered',
      [
        ['paragraph', 'a'],
        ['paragraph', 'b'],
        ['paragraph', 'c'],
      ],
      [
        ['paragraph', 'c'],
        ['paragraph', 'a'],
        ['paragraph', 'b'],
      ],
    ],
  ];
  it.each(cases)('makes the live text equal to the version: %s', (_, liveBlocks, versionBlocks) => {
    const live = documentOf(liveBlocks);
    const version = documentOf(versionBlocks);
    expect(canonical(restored(live, version))).toEqual(canonical(version));
  });

  it.each(cases)('is exact with its budget spent too (spans replaced whole): %s', (_, liveBlocks, versionBlocks) => {
    const live = documentOf(liveBlocks);
    const version = documentOf(versionBlocks);
    expect(canonical(restored(live, version, { ...budget, timeoutMs: 0 }))).toEqual(canonical(version));
  });

  it('leaves an unchanged paragraph (and an anchor in it) alone', () => {
    const live = documentOf([
      ['paragraph', 'Kept words here.'],
      ['paragraph', 'Changed words.'],
    ]);
    const keptText = live.getXmlFragment(TEXT_FRAGMENT).get(0) as Y.XmlElement;
    const anchor = Y.createRelativePositionFromTypeIndex(keptText.get(0) as Y.XmlText, 5, 0);
    const version = documentOf([
      ['paragraph', 'Kept words here.'],
      ['paragraph', 'Other words.'],
    ]);
    restored(live, version);
    const at = Y.createAbsolutePositionFromRelativePosition(anchor, live);
    if (!at) throw new Error('the anchor no longer resolves');
    expect(at.index).toBe(5);
    expect((at.type as Y.XmlText).toString()).toBe('Kept words here.');
    expect(restoreUpdate(Y.encodeStateAsUpdate(live), Y.encodeStateAsUpdate(version), budget)).toBeNull();
  });
});
