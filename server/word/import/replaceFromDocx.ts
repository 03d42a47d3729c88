import type { TFunction } from 'i18next';
import * as Y from 'yjs';
import type { AppContext } from '../../AppContext.ts';
import type { Actor } from '../../auth/Actor.ts';
import { auditEntry } from '../../audit/AuditLog.ts';
import { auditScopeOf } from '../../audit/auditScopeOf.ts';
import { HttpError } from '../../http/HttpError.ts';
import { permit, type StatementAccess } from '../../statements/findStatementFor.ts';
import type { DocumentUpdateEntry } from '../../store/records.ts';
import type { ImportedReplacement } from '../../store/Store.ts';
import { diffBudget } from '../../versions/diffBudget.ts';
import { frozenVersion } from '../../versions/frozenVersion.ts';
import { restoreUpdate } from '../../versions/restoreUpdate.ts';
import { docxLimitsOf } from './DocxLimits.ts';
import { importCounts } from './importCounts.ts';
import { importedDoc } from './importedDoc.ts';
import { importedThreadAudit } from './importedThreadAudit.ts';
import { importedThreadRecords } from './importedThreadRecords.ts';
import { importedThreads } from './importedThreads.ts';
import { type ImportReport, importReport } from './importReport.ts';
import { readDocx } from './readDocx.ts';

/**
 * Replaces a drafting statement's text from a .docx: a named version of what is there, the new
 * text as one change to the live document (only what differs, as a version restore does, so open
 * editors see it arrive), and the tracked changes and comments as threads on it, all stored in one
 * transaction with their audit entries; the change reaches the editors once it is stored. Its
 * words (refusals, the report, the version's name) are in `t`'s language: the reader's.
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
  const imported = readDocx(bytes, docxLimitsOf(env), t);
  const doc = importedDoc(imported.blocks, t);
  try {
    const existing = (await store.threads.listForStatement(access.statement.id)).length;
    const threads = importedThreads(doc, imported);
    const report = importReport(threads, imported.dropped);
    // Checked (policy, lengths, the thread limit) before anything is stored; stored below, anchored in the live text.
    importedThreadRecords(env, actor, access, threads, existing, t);
    if (preview) return { version: null, report };
    const versions = (await store.versions.list(access.statement.id)).length;
    if (versions >= env.ACCORD_MAX_VERSIONS_PER_STATEMENT) {
      throw new HttpError('too_many_requests', t('word:refused.tooManyVersions'));
    }
    const { statement } = access;
    const subject = { type: 'statement', id: statement.id };
    const scope = auditScopeOf(statement);
    const versionName = t('word:imported.versionName');
    const number = await collab.withDocument(statement.id, async (document) => {
      const version = await frozenVersion(collab, actor, statement, versionName, 'named');
      const live = document.encodeState();
      const update = restoreUpdate(live, Y.encodeStateAsUpdate(doc), diffBudget(env));
      // The threads are anchored in the live text as it will be: a copy with the change applied.
      const after = new Y.Doc();
      try {
        Y.applyUpdate(after, live);
        if (update !== null) Y.applyUpdate(after, update);
        const records = importedThreadRecords(env, actor, access, importedThreads(after, imported), existing, t);
        const replacement = (change: DocumentUpdateEntry | null): ImportedReplacement => ({
          version,
          update: change,
          threads: records.threads,
          replies: records.replies,
          audit: (kept) => [
            auditEntry(actor, 'version.created', subject, { number: kept, hash: version.hash }, scope),
            ...importedThreadAudit(actor, statement, records),
            auditEntry(actor, 'statement.replacedFromWord', subject, { title: statement.title, keptAs: kept, ...importCounts(report, records) }, scope),
          ],
        });
        if (update === null) return (await store.wordImports.replaceText(replacement(null))).version;
        let kept = 0;
        await collab.applyServerCommand(document, update, async (change) => {
          const stored = await store.wordImports.replaceText(replacement(change));
          kept = stored.version;
          return stored.sequence!;
        });
        return kept;
      } finally {
        after.destroy();
      }
    });
    return { version: number, report };
  } finally {
    doc.destroy();
  }
}
