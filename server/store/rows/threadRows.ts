import type { CommentRecord, Mention, ThreadEventRecord, ThreadRecord, WordOrigin } from '../records.ts';

/** Thread, comment and event rows as both stores read them, and the records made from them. */
export interface ThreadRow {
  id: string;
  statement_id: string;
  kind: ThreadRecord['kind'];
  anchor_start: string;
  anchor_end: string;
  quote: string;
  replacement: string | null;
  visibility: ThreadRecord['visibility'];
  org_id: string | null;
  author_id: string;
  status: ThreadRecord['status'];
  created_at: string;
  updated_at: string;
  origin?: string | null;
}

export interface CommentRow {
  id: string;
  thread_id: string;
  author_id: string;
  body: string;
  mentions: string;
  created_at: string;
  edited_at: string | null;
  deleted_at: string | null;
  origin?: string | null;
}

export interface EventRow {
  thread_id: string;
  action: ThreadEventRecord['action'];
  actor_id: string;
  reason: string | null;
  at: string;
}

export const toThread = (row: ThreadRow): ThreadRecord => ({
  id: row.id,
  statementId: row.statement_id,
  kind: row.kind,
  anchorStart: row.anchor_start,
  anchorEnd: row.anchor_end,
  quote: row.quote,
  replacement: row.replacement,
  visibility: row.visibility,
  orgId: row.org_id,
  authorId: row.author_id,
  status: row.status,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
  ...originOf(row.origin),
});

/** The stored Word origin, present on the record only when there is one. */
function originOf(stored: string | null | undefined): { origin?: WordOrigin } {
  return stored === null || stored === undefined ? {} : { origin: JSON.parse(stored) as WordOrigin };
}

/** A Word origin as stored: JSON, or NULL. */
export const storedOrigin = (origin: WordOrigin | null | undefined): string | null => (origin === null || origin === undefined ? null : JSON.stringify(origin));

export const toComment = (row: CommentRow): CommentRecord => ({
  id: row.id,
  threadId: row.thread_id,
  authorId: row.author_id,
  body: row.body,
  mentions: JSON.parse(row.mentions) as Mention[],
  createdAt: row.created_at,
  editedAt: row.edited_at,
  deletedAt: row.deleted_at,
  ...originOf(row.origin),
});
