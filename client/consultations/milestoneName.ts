import i18next, { type TFunction } from 'i18next';
import type { MilestoneKind } from '../../shared/consultations/milestones.ts';

/** A milestone's name in the reader's language: "Comments close", "Sign-on closes", "Publication". */
export function milestoneName(kind: MilestoneKind, t: TFunction = i18next.t.bind(i18next)): string {
  switch (kind) {
    case 'commentsClose':
      return t('consultations:milestone.commentsClose');
    case 'signOnCloses':
      return t('consultations:milestone.signOnCloses');
    case 'publication':
      return t('consultations:milestone.publication');
  }
}
