import type { TFunction } from 'i18next';
import * as Y from 'yjs';
import type { AppContext } from '../../AppContext.ts';
import type { Actor } from '../../auth/Actor.ts';
import { auditEntry } from '../../audit/AuditLog.ts';
import { auditScopeOf } from '../../audit/auditScopeOf.ts';
import { HttpError } from '../../http/HttpError.ts';
import { permit, type StatementAccess } from '../../statements/findStatementFor.ts';
import { createVersion } from '../../versions/createVersion.ts';
import { diffBudget } from '../../versions/diffBudget.ts';
import { restoreUpdate } from '../../versions/restoreUpdate.ts';
import { DOCX_LIMITS } from './DocxLimits.ts';
import { importedDoc } from './importedDoc.ts';
import { importedThreadRecords } from './importedThreadRecords.ts';
import { importedThreads } from './importedThreads.ts';
import { type ImportReport, importReport } from './importReport.ts';
import { readDocx } from './readDocx.ts';
import { storeImportedThreads } from './storeImportedThreads.ts';

/**
 * Replaces a drafting statement's text from a .docx: first a named version of what is there, then
 * the new text as one change to the live document (only what differs, as a version restore does,
 * so open editors see it arrive), then the tracked changes and comments as threads on it. Its words
 * (refusals, the report, the version's name) are in `t`'s language: the reader's.
 */
export async function replaceFromDocx(
  { store, collab, env }: Pick<AppContext, 'store' | 'collab' | 'env'>,
  actor: Actor,
  access: StatementAccess,
  bytes: Uint8Array,
  preview: boolean,
  t: TFunction,
): Promise<{ version: number | null; report: ImportReport }> {
  permit(access, 'statement.editText', t('word:refused.frozen'));
  const imported = readDocx(bytes, DOCX_LIMITS, t);
  const doc = importedDoc(imported.blocks, t);
  const existing = (await store.threads.listForStatement(access.statement.id)).length;
  let report: ImportReport;
  try {
    const threads = importedThreads(doc, imported);
    report = importReport(threads, imported.dropped);
    importedThreadRecords(env, actor, access, threads, existing);
    if (preview) return { version: null, report };
    const versions = (await store.versions.list(access.statement.id)).length;
    if (versions >= env.ACCORD_MAX_VERSIONS_PER_STATEMENT) {
      throw new HttpError('too_many_requests', t('word:refused.tooManyVersions'));
    }
  } catch (error) {
    doc.destroy();
    throw error;
  }
  const { number } = await createVersion({ store, collab }, actor, access.statement.id, t('word:imported.versionName'), 'named', (version) =>
    auditEntry(actor, 'version.created', { type: 'statement', id: access.statement.id }, { ...version }, auditScopeOf(access.statement)),
  );
  const entry = auditEntry(
    actor,
    'version.restored',
    { type: 'statement', id: access.statement.id },
    { importedFrom: 'docx', keptAs: number },
    auditScopeOf(access.statement),
  );
  const threads = await collab.withDocument(access.statement.id, async (document) => {
    const live = document.encodeState();
    const update = restoreUpdate(live, Y.encodeStateAsUpdate(doc), diffBudget(env));
    doc.destroy();
    // The threads are anchored in the live text as it will be: a copy with the change applied.
    const after = new Y.Doc();
    try {
      Y.applyUpdate(after, live);
      if (update !== null) Y.applyUpdate(after, update);
      const anchored = importedThreads(after, imported);
      if (update === null) await store.audit.append(entry);
      else await collab.applyServerCommand(document, update, (documentUpdate) => store.documents.appendCommand(documentUpdate, entry));
      return anchored;
    } finally {
      after.destroy();
    }
  });
  const records = importedThreadRecords(env, actor, access, threads, existing);
  await storeImportedThreads(store, actor, access.statement, records);
  return { version: number, report };
}
