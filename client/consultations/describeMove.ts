import { formatDeadline } from '../time/formatDeadline.ts';

/** "Moved from 14 March to 28 March: extended by the UN secretariat", dates in the viewer's zone. */
export function describeMove(move: { from: string; to: string; reason: string }, timeZone: string): string {
  const from = formatDeadline(move.from, timeZone, { dateOnly: true });
  const to = formatDeadline(move.to, timeZone, { dateOnly: true });
  return `Moved from ${from} to ${to}: ${move.reason}`;
}
