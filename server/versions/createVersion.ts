import { TEXT_FRAGMENT } from '../../shared/collab/protocol.ts';
import type { Actor } from '../auth/Actor.ts';
import type { CollabServer } from '../collab/CollabServer.ts';
import type { NewAuditEntry, VersionRecord } from '../store/records.ts';
import type { Store } from '../store/Store.ts';
import { canonicalDocument, canonicalJson, documentHash } from './canonicalDocument.ts';

/**
 * Records the statement's stored text as a new immutable version; named by drafters, or final at a
 * freeze. With `audit`, its entry (built from the number and hash) is written in the same transaction.
 */
export async function createVersion(
  { store, collab }: { store: Store; collab: CollabServer },
  actor: Actor,
  statementId: string,
  name: string,
  kind: VersionRecord['kind'],
  audit?: (version: { number: number; hash: string }) => NewAuditEntry,
): Promise<{ number: number; hash: string }> {
  const { state, canonical } = await collab.withDocument(statementId, (document) => ({
    state: document.encodeState(),
    canonical: canonicalDocument(document.doc.getXmlFragment(TEXT_FRAGMENT)),
  }));
  const hash = documentHash(canonical);
  const number = await store.versions.create({
    statementId,
    name,
    kind,
    state,
    content: canonicalJson(canonical),
    hash,
    createdBy: actor.user.id,
    createdAt: new Date().toISOString(),
  }, audit === undefined ? undefined : (number) => audit({ number, hash }));
  return { number, hash };
}
