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
    const id = attributeNamed(element, 'Id');
    if (id === null) continue;
    found.set(id, {
      type: (attributeNamed(element, 'Type') ?? '').split('/').pop() ?? '',
      target: attributeNamed(element, 'Target') ?? '',
      external: attributeNamed(element, 'TargetMode') === 'External',
    });
  }
  return found;
}
