import type { Actor } from '../../auth/Actor.ts';
import { auditEntry } from '../../audit/AuditLog.ts';
import { auditScopeOf } from '../../audit/auditScopeOf.ts';
import type { StatementRecord } from '../../store/records.ts';
import type { Store } from '../../store/Store.ts';
import type { ImportedThreadRecords } from './importedThreadRecords.ts';

/** Stores imported threads (one transaction) and then their replies, each with its audit entry. */
export async function storeImportedThreads(store: Store, actor: Actor, statement: StatementRecord, records: ImportedThreadRecords): Promise<void> {
  if (records.threads.length > 0) await store.threads.create(records.threads, records.audit);
  for (const reply of records.replies) {
    await store.threads.addComment(
      reply,
      auditEntry(
        actor,
        'comment.added',
        { type: 'statement', id: statement.id },
        { thread: reply.threadId, comment: reply.id, importedFrom: 'docx' },
        auditScopeOf(statement),
      ),
    );
  }
}
