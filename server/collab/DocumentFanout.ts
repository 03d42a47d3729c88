import type { CollabDocument } from './CollabDocument.ts';

/**
 * How the DocumentRegistry shares stored updates with other server processes (REDIS_URL). Absent
 * in a single process. Every call comes after the update is stored, never before.
 */
export interface DocumentFanout {
  /** Before a document is read from the store: notes where its stream stands, so nothing stored after the read is missed. */
  beforeLoad(statementId: string): Promise<void>;
  /** The document is loaded: its stream and presence are followed from now on. */
  follow(document: CollabDocument): void;
  /** The document unloaded: no longer followed. */
  unfollow(statementId: string): void;
  /**
   * Stored updates (merged into one) for other processes; `previous` is the sequence stored just
   * before them (null: unknown), so a follower whose copy ends elsewhere catches up instead.
   */
  publish(statementId: string, previous: number | null, last: number, update: Uint8Array): void;
}
