import { getSchema } from '@tiptap/core';
import { TEXT_FRAGMENT } from '../../../shared/collab/protocol.ts';
import { statementExtensions } from '../../../shared/editor/statementExtensions.ts';
import { boundedDiff, type DiffBudget } from '../../../shared/versions/boundedDiff.ts';
import type { CollabServer } from '../../collab/CollabServer.ts';
import { HttpError } from '../../http/HttpError.ts';
import { Directory } from '../../people/Directory.ts';
import { statementDocument } from '../../publishing/statementDocument.ts';
import type { StatementRecord } from '../../store/records.ts';
import type { Store } from '../../store/Store.ts';
import { canonicalDocument, plainText, type CanonicalNode } from '../../versions/canonicalDocument.ts';
import { tooLargeToCompare } from '../../versions/tooLargeToCompare.ts';
import { plainTextSegments } from './plainTextSegments.ts';
import { redlineMarks } from './redlineMarks.ts';
import { revisionDocx } from './revisionDocx.ts';

// i18n-ignore: the product's name, as the author of the live text's changes (not yet in a version)
const LIVE_TEXT_AUTHOR = 'Accord';

/**
 * The `to` text (a version, or the live text) as a Word file whose revisions are exactly the word
 * diff from version `from` that the compare view shows (the same boundedDiff over the same plain
 * text), by the `to` version's author at its time ("Accord", now, for the live text). 404 for an
 * unknown version, 413 when the two texts are too large or too different to compare.
 */
export async function redlineDocx(
  { store, collab, budget }: { store: Store; collab: CollabServer; budget: DiffBudget },
  statement: StatementRecord,
  from: number,
  to: number | 'live',
): Promise<Buffer> {
  const versionOf = async (number: number) => {
    const version = await store.versions.find(statement.id, number);
    if (version === null) throw new HttpError('not_found', 'No such version');
    return version;
  };
  const before = JSON.parse((await versionOf(from)).content) as CanonicalNode;
  const later = to === 'live' ? null : await versionOf(to);
  const after =
    later === null
      ? await collab.withDocument(statement.id, ({ doc }) => canonicalDocument(doc.getXmlFragment(TEXT_FRAGMENT)))
      : (JSON.parse(later.content) as CanonicalNode);
  const diff = boundedDiff(plainText(before), plainText(after), budget);
  if (diff === null) throw new HttpError('too_large', tooLargeToCompare);
  const revision =
    later === null
      ? { author: LIVE_TEXT_AUTHOR, date: new Date().toISOString() }
      : { author: (await new Directory(store).person(later.createdBy)).name, date: later.createdAt };
  const marks = redlineMarks(diff.parts, plainTextSegments(after, getSchema(statementExtensions())), revision);
  return revisionDocx({ title: later?.title ?? statement.title, document: statementDocument(after), marks, comments: [] });
}
