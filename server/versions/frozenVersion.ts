import { TEXT_FRAGMENT } from '../../shared/collab/protocol.ts';
import type { Actor } from '../auth/Actor.ts';
import type { CollabServer } from '../collab/CollabServer.ts';
import type { StatementRecord, VersionRecord } from '../store/records.ts';
import { canonicalDocument, canonicalJson, versionHash } from './canonicalDocument.ts';

/**
 * The statement's stored text and its title as a version not yet written: its state, canonical
 * content and the hash that binds title and text (versionHash). A command writes it in its own
 * transaction.
 */
export async function frozenVersion(
  collab: CollabServer,
  actor: Actor,
  statement: Pick<StatementRecord, 'id' | 'title'>,
  name: string,
  kind: VersionRecord['kind'],
): Promise<Omit<VersionRecord, 'number'>> {
  const { state, canonical } = await collab.withDocument(statement.id, (document) => ({
    state: document.encodeState(),
    canonical: canonicalDocument(document.doc.getXmlFragment(TEXT_FRAGMENT)),
  }));
  return {
    statementId: statement.id,
    name,
    kind,
    state,
    content: canonicalJson(canonical),
    hash: versionHash(statement.title, canonical),
    createdBy: actor.user.id,
    createdAt: new Date().toISOString(),
    title: statement.title,
  };
}
