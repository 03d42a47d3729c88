import type { Actor } from '../auth/Actor.ts';
import type { CollabServer } from '../collab/CollabServer.ts';
import { HttpError } from '../http/HttpError.ts';
import type { NewAuditEntry, VersionRecord } from '../store/records.ts';
import type { Store } from '../store/Store.ts';
import { frozenVersion } from './frozenVersion.ts';

/**
 * Records the statement's stored text and its title as a new immutable version; named by drafters,
 * or final at a freeze. The hash binds both (versionHash).
 * With `audit`, its entry (built from the number and hash) is written in the same transaction.
 */
export async function createVersion(
  { store, collab }: { store: Store; collab: CollabServer },
  actor: Actor,
  statementId: string,
  name: string,
  kind: VersionRecord['kind'],
  audit?: (version: { number: number; hash: string }) => NewAuditEntry,
): Promise<{ number: number; hash: string }> {
  const statement = await store.statements.findById(statementId);
  if (statement === null) throw new HttpError('not_found', 'There is no such statement');
  const version = await frozenVersion(collab, actor, statement, name, kind);
  const number = await store.versions.create(version, audit === undefined ? undefined : (number) => audit({ number, hash: version.hash }));
  return { number, hash: version.hash };
}
