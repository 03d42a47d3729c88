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
 * Whether a viewer who may read the statement may see a thread. `organisation`: the members of the
 * thread's organisation now, and nobody else (not even the secretariat, and not an author who has
 * since moved to another organisation: L13); `secretariat`: the author and the secretariat.
 * The server applies this to every listing, every live push and every export.
 */
export function canSeeThread(viewer: ThreadViewer, thread: { visibility: ThreadVisibility; authorId: string; orgId: string | null }): boolean {
  switch (thread.visibility) {
    case 'coalition':
      return true;
    case 'organisation':
      // Written by someone with no organisation: there is nobody to share it with but its author.
      if (thread.orgId === null) return thread.authorId === viewer.userId;
      return thread.orgId === viewer.orgId;
    case 'secretariat':
      return viewer.secretariat || thread.authorId === viewer.userId;
  }
}
