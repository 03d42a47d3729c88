import type { Document } from '@xmldom/xmldom';
import { childElements, isWord, plainTextOf, wordAttribute } from './wordXml.ts';

/** The text of each real footnote (separators left out) by id. */
export function readFootnotes(footnotes: Document | undefined): Map<string, string> {
  const found = new Map<string, string>();
  for (const footnote of footnotes === undefined ? [] : childElements(footnotes.documentElement!)) {
    if (!isWord(footnote, 'footnote')) continue;
    const type = wordAttribute(footnote, 'type');
    if (type !== null && type !== 'normal') continue;
    const text = childElements(footnote)
      .filter((child) => isWord(child, 'p'))
      .map((paragraph) => plainTextOf(paragraph).trim())
      .filter((words) => words !== '')
      .join(' ');
    found.set(wordAttribute(footnote, 'id') ?? '', text);
  }
  return found;
}
