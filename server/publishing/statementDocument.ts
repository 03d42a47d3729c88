import { getSchema } from '@tiptap/core';
import type { Node as ProseMirrorNode, Schema } from '@tiptap/pm/model';
import { statementExtensions } from '../../shared/editor/statementExtensions.ts';
import type { CanonicalNode } from '../versions/canonicalDocument.ts';

let schema: Schema | null = null;

/**
 * A stored statement read through the editor's own schema: what the schema does not know is
 * refused here, so nothing reaches a public page or an export that the editor could not hold.
 */
export function statementDocument(canonical: CanonicalNode): ProseMirrorNode {
  schema ??= getSchema(statementExtensions());
  const document = schema.nodeFromJSON(canonical);
  document.check();
  return document;
}
