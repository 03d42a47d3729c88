import type { LineageForkView, LineageView } from '../../shared/api/types.ts';
import type { StatementRecord } from '../store/records.ts';
import { passages, withDoc } from './paragraphIdentity.ts';

/** Compares a fork's passages with its upstream's by identity: kept, changed, dropped, and its own. */
export function comparePassages(upstreamState: Uint8Array, forkState: Uint8Array) {
  // Empty paragraphs are no passages; a passage whose words were all deleted was dropped.
  const upstream = withDoc(upstreamState, passages)
    .filter(({ content }) => content !== '')
    .map(({ key, content }) => ({ key, content }));
  const fork = new Map(withDoc(forkState, passages).map(({ key, content }) => [key, content]));
  const perPassage = upstream.map(({ key, content }) => {
    const theirs = fork.get(key);
    return theirs === undefined || theirs === '' ? ('dropped' as const) : theirs === content ? ('kept' as const) : ('changed' as const);
  });
  const upstreamKeys = new Set(upstream.map(({ key }) => key));
  return {
    upstream,
    perPassage,
    counts: {
      kept: perPassage.filter((fate) => fate === 'kept').length,
      changed: perPassage.filter((fate) => fate === 'changed').length,
      dropped: perPassage.filter((fate) => fate === 'dropped').length,
      added: [...fork.keys()].filter((key) => !upstreamKeys.has(key) && fork.get(key) !== '').length,
    },
  };
}

export interface LineageSource {
  forksOf(statementId: string): Promise<StatementRecord[]>;
  stateOf(statementId: string): Promise<Uint8Array>;
  organisation(orgId: string): Promise<{ id: string; name: string; country: string } | null>;
}

/**
 * Bounds on the work one lineage request may cause, for any reader: forks of forks this deep, and
 * this many forks compared in all (breadth first would be fairer; a coalition's trees are small,
 * and the bound is what matters).
 */
export const MAX_LINEAGE_DEPTH = 4;
export const MAX_LINEAGE_FORKS = 50;

/** The tree of shared forks below a statement, each compared with its own upstream, within the bounds above. */
export async function lineageTree(source: LineageSource, statement: StatementRecord): Promise<LineageView> {
  let budget = MAX_LINEAGE_FORKS;
  const rootState = await source.stateOf(statement.id);
  const rootPassages = withDoc(rootState, passages)
    .filter(({ content }) => content !== '')
    .map(({ content }) => ({ text: content, kept: 0, changed: 0, dropped: 0 }));

  const forksBelow = async (parent: StatementRecord, parentState: Uint8Array, depth: number): Promise<LineageForkView[]> => {
    if (depth >= MAX_LINEAGE_DEPTH || budget <= 0) return [];
    const forks = (await source.forksOf(parent.id)).filter((fork) => fork.shared).slice(0, budget);
    budget -= forks.length;
    // One fork at a time: at most one fork document decoded at once.
    const views: LineageForkView[] = [];
    for (const fork of forks) {
      const forkState = await source.stateOf(fork.id);
      const comparison = comparePassages(parentState, forkState);
      if (depth === 0) {
        comparison.perPassage.forEach((fate, index) => {
          const passage = rootPassages[index];
          if (passage) passage[fate]++;
        });
      }
      views.push({
        id: fork.id,
        title: fork.title,
        ownerOrg: fork.ownerOrgId ? await source.organisation(fork.ownerOrgId) : null,
        forkedAt: fork.createdAt,
        passages: comparison.counts,
        forks: await forksBelow(fork, forkState, depth + 1),
      });
    }
    return views;
  };

  return {
    statement: { id: statement.id, title: statement.title },
    forks: await forksBelow(statement, rootState, 0),
    passages: rootPassages,
  };
}
