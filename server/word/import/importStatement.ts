import type { TFunction } from 'i18next';
import * as Y from 'yjs';
import type { AppContext } from '../../AppContext.ts';
import type { Actor } from '../../auth/Actor.ts';
import { auditEntry } from '../../audit/AuditLog.ts';
import { authorise } from '../../permissions/authorise.ts';
import { rolesFor } from '../../permissions/rolesFor.ts';
import { accessTo, permit } from '../../statements/findStatementFor.ts';
import { newStatementRecord } from '../../statements/newStatementRecord.ts';
import { DOCX_LIMITS } from './DocxLimits.ts';
import { importedDoc } from './importedDoc.ts';
import { importedThreadRecords } from './importedThreadRecords.ts';
import { importedThreads } from './importedThreads.ts';
import { type ImportReport, importReport } from './importReport.ts';
import { readDocx } from './readDocx.ts';
import { storeImportedThreads } from './storeImportedThreads.ts';

/**
 * A new statement from a .docx: its text as it was before the tracked changes, each change a
 * suggestion and each Word comment a thread. Everything is read, built and checked before anything
 * is stored, so a refused file creates nothing. With `preview`, only the report. Its words are in `t`'s language.
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
  const imported = readDocx(bytes, DOCX_LIMITS, t);
  const doc = importedDoc(imported.blocks, t);
  try {
    const threads = importedThreads(doc, imported);
    const report = importReport(threads, imported.dropped);
    const statement = newStatementRecord(title, actor.user.id);
    // The policy decides, on the statement as it will be: its creator and no drafters yet.
    const access = accessTo(actor, statement, []);
    permit(access, 'statement.editText');
    const records = importedThreadRecords(env, actor, access, threads, 0);
    if (preview) return { report };
    await store.statements.create(
      statement,
      Y.encodeStateAsUpdate(doc),
      auditEntry(
        actor,
        'statement.created',
        { type: 'statement', id: statement.id },
        { title, importedFrom: 'docx', ...report, dropped: report.dropped.length },
      ),
    );
    await storeImportedThreads(store, actor, statement, records);
    return { id: statement.id, slug: statement.slug, report };
  } finally {
    doc.destroy();
  }
}
