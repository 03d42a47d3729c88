import type { StatementView } from '../../shared/api/types.ts';
import { canSeeThread, type ThreadViewer } from '../../shared/comments/threadVisibility.ts';
import type { ThreadRecord } from '../store/records.ts';
import type { Store } from '../store/Store.ts';

/** How many threads of a statement the viewer may see, and how many of those are open. */
export async function threadCounts(
  store: Store,
  statementId: string,
  viewer: ThreadViewer | null,
  /** The statement's threads when a list has read them already (one query for a page). */
  threads?: readonly ThreadRecord[],
): Promise<StatementView['threadCounts']> {
  if (viewer === null) return { open: 0, total: 0 };
  const visible = (threads ?? (await store.threads.listForStatement(statementId))).filter((thread) => canSeeThread(viewer, thread));
  return { open: visible.filter((thread) => thread.status === 'open').length, total: visible.length };
}
