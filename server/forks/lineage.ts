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

const MAX_DEPTH = 8;

/** The tree of shared forks below a statement, each compared with its own upstream. */
export async function lineageTree(source: LineageSource, statement: StatementRecord): Promise<LineageView> {
  const rootState = await source.stateOf(statement.id);
  const rootPassages = withDoc(rootState, passages)
    .filter(({ content }) => content !== '')
    .map(({ content }) => ({ text: content, kept: 0, changed: 0, dropped: 0 }));

  const forksBelow = async (parent: StatementRecord, parentState: Uint8Array, depth: number): Promise<LineageForkView[]> => {
    if (depth >= MAX_DEPTH) return [];
    const forks = (await source.forksOf(parent.id)).filter((fork) => fork.shared);
    return Promise.all(
      forks.map(async (fork) => {
        const forkState = await source.stateOf(fork.id);
        const comparison = comparePassages(parentState, forkState);
        if (depth === 0) {
          comparison.perPassage.forEach((fate, index) => {
            const passage = rootPassages[index];
            if (passage) passage[fate]++;
          });
        }
        return {
          id: fork.id,
          title: fork.title,
          ownerOrg: fork.ownerOrgId ? await source.organisation(fork.ownerOrgId) : null,
          forkedAt: fork.createdAt,
          passages: comparison.counts,
          forks: await forksBelow(fork, forkState, depth + 1),
        };
      }),
    );
  };

  return {
    statement: { id: statement.id, title: statement.title },
    forks: await forksBelow(statement, rootState, 0),
    passages: rootPassages,
  };
}
