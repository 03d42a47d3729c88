import type { TFunction } from 'i18next';
import { getSchema, type JSONContent } from '@tiptap/core';
import type { Schema } from '@tiptap/pm/model';
import { prosemirrorJSONToYXmlFragment } from '@tiptap/y-tiptap';
import * as Y from 'yjs';
import { TEXT_FRAGMENT } from '../../../shared/collab/protocol.ts';
import { statementExtensions } from '../../../shared/editor/statementExtensions.ts';
import { invalidDocx } from './DocxError.ts';

let schema: Schema | null = null;

/**
 * The imported blocks as a statement document, through the editor's own schema (what it cannot
 * hold is refused here, never stored), built the way the editor builds its Yjs tree.
 */
export function importedDoc(blocks: readonly JSONContent[], t: TFunction): Y.Doc {
  schema ??= getSchema(statementExtensions());
  const json: JSONContent = { type: 'doc', content: blocks.length > 0 ? [...blocks] : [{ type: 'paragraph' }] };
  try {
    schema.nodeFromJSON(json).check();
  } catch {
    throw invalidDocx(t, t('word:refused.notEditorText'));
  }
  const doc = new Y.Doc();
  prosemirrorJSONToYXmlFragment(schema, json, doc.getXmlFragment(TEXT_FRAGMENT));
  return doc;
}
