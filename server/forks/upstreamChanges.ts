import { diffArrays, diffWords } from 'diff';
import type { UpstreamView } from '../../shared/api/types.ts';
import { plainText, textBlocks, type CanonicalNode } from '../versions/canonicalDocument.ts';

/**
 * What changed between the upstream text a fork last merged and the upstream text now: word by
 * word, and paragraph by paragraph (a changed paragraph is a removal next to an addition).
 */
export function upstreamChanges(pulled: CanonicalNode, current: CanonicalNode): Pick<UpstreamView, 'diff' | 'changes'> {
  const before = textBlocks(pulled);
  const after = textBlocks(current);
  const changes: UpstreamView['changes'] = [];
  const parts = diffArrays(before, after);
  for (let index = 0; index < parts.length; index++) {
    const part = parts[index]!;
    const next = parts[index + 1];
    if (part.removed && next?.added) {
      const pairs = Math.max(part.value.length, next.value.length);
      for (let pair = 0; pair < pairs; pair++) {
        const old = part.value[pair];
        const neu = next.value[pair];
        if (old !== undefined && neu !== undefined) changes.push({ kind: 'changed', before: old, after: neu });
        else if (old !== undefined) changes.push({ kind: 'removed', before: old, after: '' });
        else changes.push({ kind: 'added', before: '', after: neu! });
      }
      index++;
    } else if (part.removed) {
      for (const old of part.value) changes.push({ kind: 'removed', before: old, after: '' });
    } else if (part.added) {
      for (const neu of part.value) changes.push({ kind: 'added', before: '', after: neu });
    }
  }
  return {
    diff: {
      from: { number: null, name: 'Upstream when last merged' },
      to: { number: null, name: 'Upstream now' },
      parts: diffWords(plainText(pulled), plainText(current)).map((change) => ({
        kind: change.added ? 'added' : change.removed ? 'removed' : 'equal',
        text: change.value,
      })),
    },
    changes,
  };
}
