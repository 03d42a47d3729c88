import i18next, { type TFunction } from 'i18next';
import type { MilestoneKind } from '../../shared/consultations/milestones.ts';
import { milestoneName } from './milestoneName.ts';

/** "Sign-on closes (7 days before the deadline)". */
export function milestoneLabel(kind: MilestoneKind, daysBefore: number, t: TFunction = i18next.t.bind(i18next)): string {
  return t('consultations:milestone.label', { milestone: milestoneName(kind, t), days: daysBefore });
}
