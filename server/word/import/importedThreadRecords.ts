import { randomUUID } from 'node:crypto';
import type { TFunction } from 'i18next';
import type { Actor } from '../../auth/Actor.ts';
import { auditEntry } from '../../audit/AuditLog.ts';
import { auditScopeOf } from '../../audit/auditScopeOf.ts';
import type { Environment } from '../../env.ts';
import { HttpError } from '../../http/HttpError.ts';
import { checkCommentLength } from '../../limits/checkCommentLength.ts';
import { permit, type StatementAccess } from '../../statements/findStatementFor.ts';
import type { CommentRecord, NewAuditEntry } from '../../store/records.ts';
import type { NewThread } from '../../store/Store.ts';
import type { ImportedThread } from './importedThreads.ts';

/** The stored form of imported threads: the threads with their first comments, their replies, and their audit entries. */
export interface ImportedThreadRecords {
  threads: NewThread[];
  replies: CommentRecord[];
  audit: NewAuditEntry[];
}

/**
 * Imported threads as records of the importing user, checked against the same rules as threads
 * opened in the editor (the statement policy, the comment length, the thread limit) before
 * anything is stored. Each keeps its Word author and date as its origin.
 */
export function importedThreadRecords(
  env: Pick<Environment, 'ACCORD_MAX_THREADS_PER_STATEMENT' | 'ACCORD_MAX_COMMENT_CHARS'>,
  actor: Actor,
  access: StatementAccess,
  imported: readonly ImportedThread[],
  existingThreads: number,
  /** The reader's language, for the refusal when there are too many threads. */
  t: TFunction,
): ImportedThreadRecords {
  if (imported.some((thread) => thread.kind === 'comment')) permit(access, 'statement.comment');
  if (imported.some((thread) => thread.kind === 'suggestion')) permit(access, 'statement.suggest');
  if (existingThreads + imported.length > env.ACCORD_MAX_THREADS_PER_STATEMENT) {
    throw new HttpError(
      'too_large',
      t('word:refused.tooManyThreads', { brought: imported.length, total: existingThreads + imported.length, limit: env.ACCORD_MAX_THREADS_PER_STATEMENT }),
    );
  }
  // Threads and comments a millisecond apart: they are listed by time, and must keep the document's order.
  const started = Date.now();
  let order = 0;
  const records: ImportedThreadRecords = { threads: [], replies: [], audit: [] };
  for (const thread of imported) {
    checkCommentLength(thread.body, env.ACCORD_MAX_COMMENT_CHARS);
    // i18n-ignore: checkCommentLength (server/limits) writes its whole sentence in English; the label goes with it
    if (thread.replacement !== null) checkCommentLength(thread.replacement, env.ACCORD_MAX_COMMENT_CHARS, 'Suggested wording', 'replacement');
    const id = randomUUID();
    const now = new Date(started + order++).toISOString();
    const comment = (body: string, origin: { author: string; date: string | null }, createdAt = new Date(started + order++).toISOString()): CommentRecord => ({
      id: randomUUID(),
      threadId: id,
      authorId: actor.user.id,
      body,
      mentions: [],
      createdAt,
      editedAt: null,
      deletedAt: null,
      origin,
    });
    const record = {
      id,
      statementId: access.statement.id,
      kind: thread.kind,
      anchorStart: thread.anchorStart,
      anchorEnd: thread.anchorEnd,
      quote: thread.quote,
      replacement: thread.replacement,
      visibility: 'coalition' as const,
      orgId: actor.organisation?.id ?? null,
      authorId: actor.user.id,
      status: 'open' as const,
      createdAt: now,
      updatedAt: now,
      origin: thread.origin,
    };
    // The first comment is written with its thread, as in the editor: a suggestion's reason is told by that.
    records.threads.push({ thread: record, firstComment: thread.body === '' ? null : comment(thread.body, thread.bodyOrigin, now) });
    for (const reply of thread.replies) {
      checkCommentLength(reply.text, env.ACCORD_MAX_COMMENT_CHARS);
      records.replies.push(comment(reply.text, { author: reply.author, date: reply.date }));
    }
    records.audit.push(
      auditEntry(
        actor,
        'thread.created',
        { type: 'statement', id: access.statement.id },
        { thread: id, kind: thread.kind, visibility: 'coalition', importedFrom: 'docx' },
        auditScopeOf(access.statement, record),
      ),
    );
  }
  return records;
}
