import type { TFunction } from 'i18next';
import * as Y from 'yjs';
import type { AppContext } from '../../AppContext.ts';
import type { Actor } from '../../auth/Actor.ts';
import { auditEntry } from '../../audit/AuditLog.ts';
import { authorise } from '../../permissions/authorise.ts';
import { rolesFor } from '../../permissions/rolesFor.ts';
import { accessTo, permit } from '../../statements/findStatementFor.ts';
import { newStatementRecord } from '../../statements/newStatementRecord.ts';
import { docxLimitsOf } from './DocxLimits.ts';
import { importCounts } from './importCounts.ts';
import { importedDoc } from './importedDoc.ts';
import { importedThreadAudit } from './importedThreadAudit.ts';
import { importedThreadRecords } from './importedThreadRecords.ts';
import { importedThreads } from './importedThreads.ts';
import { type ImportReport, importReport } from './importReport.ts';
import { readDocx } from './readDocx.ts';

/**
 * A new statement from a .docx: its text as it was before the tracked changes, each change a
 * suggestion and each Word comment a thread. Everything is read, built and checked before anything
 * is stored, then stored in one transaction (the statement, its text, threads, replies and audit
 * entries), so a refused file or a failed write creates nothing. With `preview`, only the report.
 * Its words are in `t`'s language.
 */
export async function importStatement(
  { store, env }: Pick<AppContext, 'store' | 'env'>,
  actor: Actor,
  title: string,
  bytes: Uint8Array,
  preview: boolean,
  t: TFunction,
): Promise<{ id: string; slug: string; report: ImportReport } | { report: ImportReport }> {
  authorise(rolesFor(actor), 'statement.create');
  const imported = readDocx(bytes, docxLimitsOf(env), t);
  const doc = importedDoc(imported.blocks, t);
  try {
    const threads = importedThreads(doc, imported);
    const report = importReport(threads, imported.dropped);
    const statement = newStatementRecord(title, actor.user.id);
    // The policy decides, on the statement as it will be: its creator and no drafters yet.
    const access = accessTo(actor, statement, []);
    permit(access, 'statement.editText');
    const records = importedThreadRecords(env, actor, access, threads, 0, t);
    if (preview) return { report };
    const subject = { type: 'statement', id: statement.id };
    await store.wordImports.createStatement({
      statement,
      initialUpdate: Y.encodeStateAsUpdate(doc),
      threads: records.threads,
      replies: records.replies,
      audit: [
        auditEntry(actor, 'statement.created', subject, { title, importedFrom: 'docx' }),
        ...importedThreadAudit(actor, statement, records),
        auditEntry(actor, 'statement.imported', subject, { title, ...importCounts(report, records) }),
      ],
    });
    return { id: statement.id, slug: statement.slug, report };
  } finally {
    doc.destroy();
  }
}
