import type { DiffView } from '../../shared/api/types.ts';
import { boundedDiff, type DiffBudget } from '../../shared/versions/boundedDiff.ts';
import { plainText, type CanonicalNode } from '../versions/canonicalDocument.ts';

/**
 * The upstream text the fork last merged against the upstream text now, word by word (or by
 * paragraph, within the budget); null when they are too large to compare.
 */
export function upstreamDiff(pulled: CanonicalNode, current: CanonicalNode, budget: DiffBudget): DiffView | null {
  const diff = boundedDiff(plainText(pulled), plainText(current), budget);
  if (diff === null) return null;
  return { from: { number: null, name: 'Upstream when last merged' }, to: { number: null, name: 'Upstream now' }, parts: diff.parts, level: diff.level };
}
