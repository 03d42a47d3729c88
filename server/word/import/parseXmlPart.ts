import type { TFunction } from 'i18next';
import { DOMParser, type Document } from '@xmldom/xmldom';
import { invalidDocx } from './DocxError.ts';

const decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * One XML part of a .docx as a DOM, refusing what a Word document never needs: a DOCTYPE (and so
 * every entity, external or not) is refused before parsing, and any parse error is fatal.
 */
export function parseXmlPart(name: string, bytes: Uint8Array, t: TFunction): Document {
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    throw invalidDocx(t, t('word:refused.notUtf8', { part: name }));
  }
  if (/<!DOCTYPE|<!ENTITY/i.test(text)) throw invalidDocx(t, t('word:refused.entities', { part: name }));
  try {
    const parser = new DOMParser({
      onError: (level, message) => {
        if (level !== 'warning') throw new Error(message);
      },
    });
    const document = parser.parseFromString(text, 'application/xml');
    if (document.documentElement === null) throw new Error('no root element');
    return document;
  } catch {
    throw invalidDocx(t, t('word:refused.notXml', { part: name }));
  }
}
