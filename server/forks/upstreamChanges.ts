import { diffWords } from 'diff';
import type { DiffView } from '../../shared/api/types.ts';
import { plainText, type CanonicalNode } from '../versions/canonicalDocument.ts';

/** The upstream text the fork last merged against the upstream text now, word by word. */
export function upstreamDiff(pulled: CanonicalNode, current: CanonicalNode): DiffView {
  return {
    from: { number: null, name: 'Upstream when last merged' },
    to: { number: null, name: 'Upstream now' },
    parts: diffWords(plainText(pulled), plainText(current)).map((change) => ({
      kind: change.added ? 'added' : change.removed ? 'removed' : 'equal',
      text: change.value,
    })),
  };
}
