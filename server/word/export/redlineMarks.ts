import type { DiffView } from '../../../shared/api/types.ts';
import type { PlainTextSegment } from './plainTextSegments.ts';
import type { WordMarks, WordRevision } from './WordMarks.ts';

/**
 * The word diff between two texts written over the later one: its added words as insertions where
 * they are, its removed words as deletions at the point they were taken from. Offsets count in the
 * later text the diff compared (plainText); segments place them in its document.
 */
export function redlineMarks(parts: DiffView['parts'], segments: readonly PlainTextSegment[], revision: WordRevision): WordMarks {
  const marks: WordMarks = { spans: [], additions: [], comments: [] };
  // A point between blocks belongs at the end of the block before it.
  const positionAt = (offset: number): number | null => {
    let found: PlainTextSegment | undefined;
    for (const segment of segments) if (segment.offset <= offset) found = segment;
    found ??= segments[0];
    if (found === undefined) return null;
    return found.position + Math.max(0, Math.min(offset - found.offset, found.text.length));
  };
  let offset = 0;
  for (const part of parts) {
    if (part.kind === 'removed') {
      const at = positionAt(offset);
      if (at !== null) marks.additions.push({ at, text: part.text, kind: 'deleted', revision });
      continue;
    }
    const end = offset + part.text.length;
    if (part.kind === 'added') {
      for (const segment of segments) {
        const from = Math.max(offset, segment.offset);
        const to = Math.min(end, segment.offset + segment.text.length);
        if (from < to)
          marks.spans.push({ from: segment.position + from - segment.offset, to: segment.position + to - segment.offset, kind: 'inserted', revision });
      }
    }
    offset = end;
  }
  return marks;
}
