import type { ThreadVisibility } from '../../shared/comments/threadVisibility.ts';

/** Who a new thread is for, as its author chooses it. */
export const VISIBILITY_CHOICES: Record<ThreadVisibility, string> = {
  coalition: 'Whole coalition',
  organisation: 'My organisation only',
  secretariat: 'Secretariat only',
};
