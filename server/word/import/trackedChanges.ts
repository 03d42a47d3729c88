import type { ImportedChange } from './ImportedText.ts';
import type { TrackedSegment } from './readBody.ts';

/** A tracked change and the segments it is made of. */
export interface TrackedChange {
  change: ImportedChange;
  segments: TrackedSegment[];
}

/**
 * Tracked segments as changes on the base text: a deletion touching an insertion by the same
 * author (either order, as Word and LibreOffice differ) is one replacement; the rest stay
 * deletions (their words, replaced by nothing) and insertions (a point, and the words to add).
 */
export function trackedChanges(segments: readonly TrackedSegment[]): TrackedChange[] {
  const changes: TrackedChange[] = [];
  const used = new Set<TrackedSegment>();
  const pairOf = (deleted: TrackedSegment): TrackedSegment | undefined =>
    segments.find(
      (other) =>
        other.type === 'inserted' &&
        !used.has(other) &&
        other.block === deleted.block &&
        other.author === deleted.author &&
        (other.start === deleted.start + deleted.text.length || other.start === deleted.start),
    );
  for (const segment of segments) {
    if (used.has(segment) || segment.type !== 'deleted') continue;
    used.add(segment);
    const inserted = pairOf(segment);
    if (inserted !== undefined) used.add(inserted);
    changes.push({
      change: {
        kind: inserted === undefined ? 'deletion' : 'replacement',
        author: segment.author,
        date: segment.date,
        range: { start: { block: segment.block, offset: segment.start }, end: { block: segment.block, offset: segment.start + segment.text.length } },
        deleted: segment.text,
        inserted: inserted?.text ?? '',
        reason: null,
        replies: [],
      },
      segments: inserted === undefined ? [segment] : [segment, inserted],
    });
  }
  for (const segment of segments) {
    if (used.has(segment)) continue;
    changes.push({
      change: {
        kind: 'insertion',
        author: segment.author,
        date: segment.date,
        range: { start: { block: segment.block, offset: segment.start }, end: { block: segment.block, offset: segment.start } },
        deleted: '',
        inserted: segment.text,
        reason: null,
        replies: [],
      },
      segments: [segment],
    });
  }
  return changes.sort((a, b) => a.change.range.start.block - b.change.range.start.block || a.change.range.start.offset - b.change.range.start.offset);
}
