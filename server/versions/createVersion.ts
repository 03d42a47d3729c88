import { TEXT_FRAGMENT } from '../../shared/collab/protocol.ts';
import type { Actor } from '../auth/Actor.ts';
import type { CollabServer } from '../collab/CollabServer.ts';
import type { VersionRecord } from '../store/records.ts';
import type { Store } from '../store/Store.ts';
import { canonicalDocument, canonicalJson, documentHash } from './canonicalDocument.ts';

/** Records the statement's stored text as a new immutable version; named by drafters, or final at a freeze. */
export async function createVersion(
  { store, collab }: { store: Store; collab: CollabServer },
  actor: Actor,
  statementId: string,
  name: string,
  kind: VersionRecord['kind'],
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
  });
  return { number, hash };
}
