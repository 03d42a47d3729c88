import { TEXT_FRAGMENT } from '../../shared/collab/protocol.ts';
import type { Actor } from '../auth/Actor.ts';
import { auditEntry } from '../audit/AuditLog.ts';
import type { CollabServer } from '../collab/CollabServer.ts';
import { HttpError } from '../http/HttpError.ts';
import { statementDocument } from '../publishing/statementDocument.ts';
import type { FreezeOutcome, OpenItems, Store } from '../store/Store.ts';
import { canonicalDocument, canonicalJson, plainText, versionHash } from '../versions/canonicalDocument.ts';
import { openItemsMessage } from './openItemsMessage.ts';

/** What a freeze found: the store's outcome (with the final hash), or a text that cannot be frozen. */
type FreezeAnswer =
  | Exclude<FreezeOutcome, { kind: 'frozen' }>
  | (Extract<FreezeOutcome, { kind: 'frozen' }> & { hash: string })
  | { kind: 'empty' | 'invalid' };

/**
 * Freezes the statement's live text as its final version. The snapshot, the version, the stage move
 * and the audit entry happen with nothing stored in between (L4); editors reconnect read-only right
 * after and updates that arrived meanwhile are dropped. Refuses an empty text, content the editor
 * schema cannot hold (L7), and open suggestions or threads unless they are carried over.
 */
export async function freezeStatement(
  { store, collab }: { store: Store; collab: CollabServer },
  actor: Actor,
  statementId: string,
  name: string,
  carryOver: boolean,
): Promise<{ number: number; hash: string; carriedOver: OpenItems }> {
  const outcome = await collab.freezeDocument<FreezeAnswer>(statementId, async (document) => {
    const canonical = canonicalDocument(document.doc.getXmlFragment(TEXT_FRAGMENT));
    if (plainText(canonical).trim() === '') return { frozen: false, value: { kind: 'empty' } };
    try {
      statementDocument(canonical);
    } catch {
      return { frozen: false, value: { kind: 'invalid' } };
    }
    // The title is part of the final version: its hash binds title and text (M7).
    const state = document.encodeState();
    const title = (await store.statements.findById(statementId))?.title ?? '';
    const hash = versionHash(title, canonical);
    const at = new Date().toISOString();
    const frozen = await store.statements.freeze({
      statementId,
      version: { name, title, state, content: canonicalJson(canonical), hash, createdBy: actor.user.id, createdAt: at },
      carryOver,
      at,
      audit: auditEntry(actor, 'statement.stageChanged', { type: 'statement', id: statementId }),
    });
    return { frozen: frozen.kind === 'frozen', value: frozen.kind === 'frozen' ? { ...frozen, hash } : frozen };
  });
  switch (outcome.kind) {
    case 'empty':
      throw new HttpError('empty_text', 'The statement has no text yet: write it before freezing the final version');
    case 'invalid':
      throw new HttpError(
        'invalid_content',
        'The text holds content the editor cannot show, so it cannot become the final version: ask a drafter to reload the editor and save again',
      );
    case 'not_drafting':
      throw new HttpError('conflict', 'The statement changed stage meanwhile');
    case 'open_items':
      throw new HttpError('open_items', openItemsMessage(outcome), { suggestions: outcome.suggestions, threads: outcome.threads });
    case 'frozen':
      return { number: outcome.number, hash: outcome.hash, carriedOver: outcome.carriedOver };
  }
}
