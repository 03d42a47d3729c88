import i18next, { type TFunction } from 'i18next';
import { formatDeadline } from '../time/formatDeadline.ts';

/** "Moved from 14 March to 28 March: extended by the UN secretariat", dates in the viewer's zone. */
export function describeMove(move: { from: string; to: string; reason: string }, timeZone: string, t: TFunction = i18next.t.bind(i18next)): string {
  const from = formatDeadline(move.from, timeZone, { dateOnly: true });
  const to = formatDeadline(move.to, timeZone, { dateOnly: true });
  return t('consultations:move.described', { from, to, reason: move.reason });
}
