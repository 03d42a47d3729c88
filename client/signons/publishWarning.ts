import type { StatementView, TallyRowView } from '../../shared/api/types.ts';
import { timeLeft } from './timeLeft.ts';

/**
 * What publishing now cuts short, for the publish question: how many organisations have not decided
 * (undecided or still to re-confirm) and how much of the announced deadline is left. Null when
 * nothing is cut short.
 */
export function publishWarning(statement: StatementView, rows: readonly TallyRowView[], now: number): string | null {
  const open = rows.filter((row) => row.status === 'undecided' || row.status === 'pending-reconfirmation').length;
  const deadline = statement.settings.signOnDeadline;
  const left = deadline === null ? null : Date.parse(deadline) - now;
  if (open === 0 && (left === null || left <= 0)) return null;
  const parts: string[] = [];
  if (open > 0) parts.push(`${open} organisation${open === 1 ? ' has' : 's have'} not decided`);
  if (left !== null && left > 0) parts.push(`the sign-on deadline is in ${timeLeft(left)}`);
  const effect = statement.settings.openAfterPublication
    ? 'sign-on stays open after publication, so they can still sign until the deadline'
    : 'publishing now closes sign-on early (unless you first set sign-on to stay open after publication)';
  return `${parts.join('; ')}: ${effect}.`;
}
