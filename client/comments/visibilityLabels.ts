import type { TFunction } from 'i18next';
import type { ThreadVisibility } from '../../shared/comments/threadVisibility.ts';

/** Who a new thread may be for, in the order offered. */
export const VISIBILITY_CHOICES: readonly ThreadVisibility[] = ['coalition', 'organisation', 'secretariat'];

/** Who a new thread is for, as its author chooses it. */
export function visibilityLabel(visibility: ThreadVisibility, t: TFunction<'comments'>): string {
  switch (visibility) {
    case 'coalition':
      return t('visibility.coalition');
    case 'organisation':
      return t('visibility.organisation');
    case 'secretariat':
      return t('visibility.secretariat');
  }
}
