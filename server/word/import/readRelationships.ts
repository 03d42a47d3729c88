import type { Document } from '@xmldom/xmldom';
import { attributeNamed, childElements } from './wordXml.ts';

export interface Relationship {
  type: string;
  target: string;
  external: boolean;
}

/** The relationships of a part (`word/_rels/document.xml.rels`) by id: link targets, headers, images. */
export function readRelationships(relationships: Document | undefined): Map<string, Relationship> {
  const found = new Map<string, Relationship>();
  for (const element of relationships === undefined ? [] : childElements(relationships.documentElement!)) {
    if (element.localName !== 'Relationship') continue;
    // i18n-ignore: Id, Type and Target are the XML attributes' names
    const id = attributeNamed(element, 'Id');
    if (id === null) continue;
    // i18n-ignore: attribute names
    const type = (attributeNamed(element, 'Type') ?? '').split('/').pop() ?? '';
    // i18n-ignore: attribute names
    const target = attributeNamed(element, 'Target') ?? '';
    found.set(id, {
      type,
      target,
      external: attributeNamed(element, 'TargetMode') === 'External',
    });
  }
  return found;
}
