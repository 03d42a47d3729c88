import type { TFunction } from 'i18next';
import type { StatementView, TallyRowView } from '../../shared/api/types.ts';
import { timeLeft } from './timeLeft.ts';

/**
 * What publishing now cuts short, for the publish question: how many organisations have not decided
 * (undecided or still to re-confirm) and how much of the announced deadline is left. Null when
 * nothing is cut short.
 */
export function publishWarning(statement: StatementView, rows: readonly TallyRowView[], now: number, t: TFunction): string | null {
  const open = rows.filter((row) => row.status === 'undecided' || row.status === 'pending-reconfirmation').length;
  const deadline = statement.settings.signOnDeadline;
  const left = deadline === null ? null : Date.parse(deadline) - now;
  if (open === 0 && (left === null || left <= 0)) return null;
  const parts: string[] = [];
  if (open > 0) parts.push(t('signons:publishWarning.undecided', { n: open }));
  if (left !== null && left > 0) parts.push(t('signons:publishWarning.deadline', { time: timeLeft(left, t) }));
  const effect = statement.settings.openAfterPublication ? t('signons:publishWarning.staysOpen') : t('signons:publishWarning.closesEarly');
  return t('signons:publishWarning.sentence', { situation: parts.join('; '), effect });
}
