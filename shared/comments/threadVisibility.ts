/** Who may see a comment thread, chosen by its author. */
export const THREAD_VISIBILITIES = ['coalition', 'organisation', 'secretariat'] as const;

export type ThreadVisibility = (typeof THREAD_VISIBILITIES)[number];

/** The person looking: enough to decide visibility. */
export interface ThreadViewer {
  userId: string;
  orgId: string | null;
  secretariat: boolean;
}

/**
 * Whether a viewer who may read the statement may see a thread. `organisation`: the author's
 * organisation only (not even the secretariat); `secretariat`: the author and the secretariat.
 * The server applies this to every listing, every live push and every export.
 */
export function canSeeThread(viewer: ThreadViewer, thread: { visibility: ThreadVisibility; authorId: string; orgId: string | null }): boolean {
  if (thread.authorId === viewer.userId) return true;
  switch (thread.visibility) {
    case 'coalition':
      return true;
    case 'organisation':
      return thread.orgId !== null && thread.orgId === viewer.orgId;
    case 'secretariat':
      return viewer.secretariat;
  }
}
