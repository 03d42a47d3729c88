import type { Document, Element } from '@xmldom/xmldom';
import { childElements, isWord, wordAttribute, wordChild, wordValue } from './wordXml.ts';

/** What a paragraph style means for Accord: a heading level, a quote, a list (from the style's own numbering). */
export interface ParagraphStyle {
  headingLevel: number | null;
  quote: boolean;
  numbering: { numId: string; level: number } | null;
}

interface RawStyle {
  name: string;
  basedOn: string | null;
  outlineLevel: number | null;
  numbering: { numId: string; level: number } | null;
}

const PLAIN: ParagraphStyle = { headingLevel: null, quote: false, numbering: null };

function headingLevelOfName(name: string): number | null {
  const match = /^heading\s*([1-9])$/i.exec(name.trim());
  if (match) return Number(match[1]);
  return /^title$/i.test(name.trim()) ? 1 : null;
}

/**
 * The paragraph styles by id, with what they inherit: headings by outline level or by the built-in
 * English style names (`heading 1`), which LibreOffice and localized Word keep under other ids;
 * quotes by the built-in `Quote` and `Intense Quote` names.
 */
export function readStyles(styles: Document | undefined): (styleId: string | null) => ParagraphStyle {
  const raw = new Map<string, RawStyle>();
  for (const style of styles === undefined ? [] : childElements(styles.documentElement!)) {
    if (!isWord(style, 'style') || wordAttribute(style, 'type') !== 'paragraph') continue;
    const id = wordAttribute(style, 'styleId');
    if (id === null) continue;
    const paragraphProperties = wordChild(style, 'pPr');
    const outline = paragraphProperties === undefined ? null : wordValue(paragraphProperties, 'outlineLvl');
    raw.set(id, {
      name: wordValue(style, 'name') ?? id,
      basedOn: wordValue(style, 'basedOn'),
      outlineLevel: outline === null || Number.isNaN(Number(outline)) ? null : Number(outline),
      numbering: paragraphProperties === undefined ? null : numberingOf(paragraphProperties),
    });
  }
  const resolved = new Map<string, ParagraphStyle>();
  const resolve = (id: string, depth: number): ParagraphStyle => {
    const known = resolved.get(id);
    if (known !== undefined) return known;
    const style = raw.get(id);
    if (style === undefined || depth > 20) return PLAIN;
    const parent = style.basedOn === null ? PLAIN : resolve(style.basedOn, depth + 1);
    const byName = headingLevelOfName(style.name);
    // Outline level 9 is "body text"; levels 0–8 are headings 1–9.
    const byOutline = style.outlineLevel !== null && style.outlineLevel < 9 ? style.outlineLevel + 1 : null;
    const quote = /^(intense\s*)?quote$/i.test(style.name.trim()) || parent.quote;
    const result: ParagraphStyle = {
      headingLevel: byName ?? byOutline ?? (style.outlineLevel === 9 ? null : parent.headingLevel),
      quote,
      numbering: style.numbering ?? parent.numbering,
    };
    resolved.set(id, result);
    return result;
  };
  return (styleId) => (styleId === null ? PLAIN : resolve(styleId, 0));
}

/** A paragraph's (or style's) `w:numPr`: its list and level; numId 0 means "not a list". */
export function numberingOf(paragraphProperties: Element): { numId: string; level: number } | null {
  const numbering = wordChild(paragraphProperties, 'numPr');
  if (numbering === undefined) return null;
  const numId = wordValue(numbering, 'numId');
  const level = Number(wordValue(numbering, 'ilvl') ?? '0');
  if (numId === null) return null;
  return { numId, level: Number.isInteger(level) && level >= 0 && level < 10 ? level : 0 };
}
