import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { canonicalDocument, canonicalJson, documentHash, plainText, versionHash } from './canonicalDocument.ts';

function statement(build: (fragment: Y.XmlFragment) => void): Y.XmlFragment {
  const doc = new Y.Doc();
  const fragment = doc.getXmlFragment('default');
  doc.transact(() => build(fragment));
  return fragment;
}

function heading(text: string): Y.XmlElement {
  const element = new Y.XmlElement('heading');
  element.setAttribute('level', 2 as unknown as string);
  element.insert(0, [new Y.XmlText(text)]);
  return element;
}

function paragraph(...runs: [string, Record<string, unknown>?][]): Y.XmlElement {
  const element = new Y.XmlElement('paragraph');
  const text = new Y.XmlText();
  element.insert(0, [text]);
  let at = 0;
  for (const [words, marks] of runs) {
    text.insert(at, words, marks as Record<string, string> | undefined);
    at += words.length;
  }
  return element;
}

describe('the canonical document', () => {
  it('is the same however the text was typed, so its hash is too', () => {
    const once = statement((fragment) => fragment.insert(0, [heading('Title'), paragraph(['Plain, then '], ['bold', { bold: {} }])]));
    const piecemeal = statement((fragment) => {
      const element = new Y.XmlElement('paragraph');
      const text = new Y.XmlText();
      element.insert(0, [text]);
      fragment.insert(0, [heading('Title'), element]);
      text.insert(0, 'then ');
      text.insert(0, 'Plain, ');
      text.insert(text.length, 'bold', { bold: {} } as unknown as Record<string, string>);
    });
    expect(canonicalJson(canonicalDocument(once))).toBe(canonicalJson(canonicalDocument(piecemeal)));
    expect(documentHash(canonicalDocument(once))).toBe(documentHash(canonicalDocument(piecemeal)));
    expect(documentHash(canonicalDocument(once))).toMatch(/^[0-9a-f]{64}$/);
  });

  it('changes with any change of text, mark or attribute', () => {
    const base = documentHash(canonicalDocument(statement((fragment) => fragment.insert(0, [paragraph(['Text'])]))));
    const otherText = documentHash(canonicalDocument(statement((fragment) => fragment.insert(0, [paragraph(['Text.'])]))));
    const otherMark = documentHash(canonicalDocument(statement((fragment) => fragment.insert(0, [paragraph(['Text', { italic: {} }])]))));
    const otherBlock = documentHash(canonicalDocument(statement((fragment) => fragment.insert(0, [heading('Text')]))));
    expect(new Set([base, otherText, otherMark, otherBlock]).size).toBe(4);
  });

  it('gives the plain text block by block', () => {
    const fragment = statement((current) =>
      current.insert(0, [heading('Who we are'), paragraph(['We operate ', undefined], ['registries', { bold: {} }]), paragraph([''])]),
    );
    expect(plainText(canonicalDocument(fragment))).toBe('Who we are\n\nWe operate registries');
  });

  it('binds the title to the text in a version hash, and keeps untitled (older) versions hashing the text alone', () => {
    const text = canonicalDocument(statement((fragment) => fragment.insert(0, [paragraph(['Text'])])));
    expect(versionHash(null, text)).toBe(documentHash(text));
    expect(versionHash('A title', text)).toMatch(/^[0-9a-f]{64}$/);
    expect(new Set([documentHash(text), versionHash('A title', text), versionHash('Another title', text)]).size).toBe(3);
  });
});
