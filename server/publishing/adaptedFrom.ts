import type { StatementRecord } from '../store/records.ts';
import type { Store } from '../store/Store.ts';

/** Forks of forks are adapted from the coalition statement at the root; a cycle is impossible, a bound is cheap. */
const MAXIMUM_LINEAGE_DEPTH = 50;

/**
 * The coalition statement a fork adapts (at the root of its lineage), with its title as of the
 * version the fork started from (when it had one) and that version's number: what a fork's public
 * label names.
 */
export async function adaptedFrom(store: Store, fork: StatementRecord): Promise<{ title: string; version: number | null } | null> {
  let lineage = await store.statements.lineage(fork.id);
  for (let depth = 0; lineage !== null && depth < MAXIMUM_LINEAGE_DEPTH; depth += 1) {
    const upstream = await store.statements.findById(lineage.upstreamId);
    if (upstream === null) return null;
    if (upstream.ownerOrgId === null) {
      const version = lineage.upstreamVersion === null ? null : await store.versions.find(upstream.id, lineage.upstreamVersion);
      return { title: version?.title ?? upstream.title, version: lineage.upstreamVersion };
    }
    lineage = await store.statements.lineage(upstream.id);
  }
  return null;
}
