import type { Document } from '@xmldom/xmldom';
import { childElements, isWord, wordAttribute, wordValue } from './wordXml.ts';

/**
 * Whether a list level is numbered or bulleted, from numbering.xml: a `w:num` points at an
 * `w:abstractNum`, whose `w:lvl` for that level has a `w:numFmt` (`bullet`, `decimal`, …),
 * possibly overridden in the `w:num` itself. Null when the list does not exist (or numId 0).
 */
export function readNumbering(numbering: Document | undefined): (numId: string, level: number) => 'bullet' | 'ordered' | null {
  const formats = new Map<string, Map<number, string>>();
  const abstractOf = new Map<string, string>();
  const overrides = new Map<string, Map<number, string>>();
  const levelsOf = (parent: import('@xmldom/xmldom').Element) => {
    const levels = new Map<number, string>();
    for (const level of childElements(parent)) {
      if (!isWord(level, 'lvl')) continue;
      const format = wordValue(level, 'numFmt');
      if (format !== null) levels.set(Number(wordAttribute(level, 'ilvl') ?? '0'), format);
    }
    return levels;
  };
  for (const element of numbering === undefined ? [] : childElements(numbering.documentElement!)) {
    if (isWord(element, 'abstractNum')) {
      const id = wordAttribute(element, 'abstractNumId');
      if (id !== null) formats.set(id, levelsOf(element));
    } else if (isWord(element, 'num')) {
      const id = wordAttribute(element, 'numId');
      const abstractId = wordValue(element, 'abstractNumId');
      if (id === null || abstractId === null) continue;
      abstractOf.set(id, abstractId);
      const levels = new Map<number, string>();
      for (const override of childElements(element)) {
        if (!isWord(override, 'lvlOverride')) continue;
        const overridden = levelsOf(override);
        for (const [level, format] of overridden) levels.set(Number(wordAttribute(override, 'ilvl') ?? String(level)), format);
      }
      overrides.set(id, levels);
    }
  }
  return (numId, level) => {
    if (numId === '0') return null;
    const abstractId = abstractOf.get(numId);
    if (abstractId === undefined) return null;
    const format = overrides.get(numId)?.get(level) ?? formats.get(abstractId)?.get(level) ?? formats.get(abstractId)?.get(0);
    if (format === undefined || format === 'none') return null;
    return format === 'bullet' ? 'bullet' : 'ordered';
  };
}
