import type { LineageView } from '../../shared/api/types.ts';

export type TravelledPassage = LineageView['passages'][number] & { position: number };

/**
 * The upstream's passages, those that travelled furthest first: carried into the most forks (word
 * for word or reworded), then kept word for word by the most, then in reading order.
 */
export function passagesByTravel(passages: LineageView['passages']): TravelledPassage[] {
  return passages
    .map((passage, index) => ({ ...passage, position: index + 1 }))
    .sort((a, b) => b.kept + b.changed - (a.kept + a.changed) || b.kept - a.kept || a.position - b.position);
}
