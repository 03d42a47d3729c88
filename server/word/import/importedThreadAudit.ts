import type { Actor } from '../../auth/Actor.ts';
import { auditEntry } from '../../audit/AuditLog.ts';
import { auditScopeOf } from '../../audit/auditScopeOf.ts';
import type { NewAuditEntry, StatementRecord } from '../../store/records.ts';
import type { ImportedThreadRecords } from './importedThreadRecords.ts';

/** The audit entries of imported threads and then of their replies, as if each had been opened or written in the editor. */
export function importedThreadAudit(actor: Actor, statement: StatementRecord, records: ImportedThreadRecords): NewAuditEntry[] {
  return [
    ...records.audit,
    ...records.replies.map((reply) =>
      auditEntry(
        actor,
        'comment.added',
        { type: 'statement', id: statement.id },
        { thread: reply.threadId, comment: reply.id, importedFrom: 'docx' },
        auditScopeOf(statement),
      ),
    ),
  ];
}
