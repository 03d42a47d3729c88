import { diffChars } from 'diff';
import * as Y from 'yjs';
import { TEXT_FRAGMENT } from '../../shared/collab/protocol.ts';
import type { ItemRange } from '../store/Store.ts';
import type { PassageChange } from './passageChanges.ts';
import { passages, withDoc, type Passage } from './paragraphIdentity.ts';

/**
 * One upstream change applied to a fork on its own. A subset of the upstream's Yjs updates cannot
 * be applied (Yjs integrates one author's edits only in order), so the change is made as the
 * fork's own edit, placed by the shared items: deletions delete the very items upstream deleted,
 * insertions are new items of the fork, returned as provisional. The next full pull brings the
 * upstream's items for the same words and deletes the provisional ones (provisionalDeletion).
 */
export function pullChangeUpdate(
  forkState: Uint8Array,
  pulledState: Uint8Array,
  upstreamState: Uint8Array,
  change: PassageChange,
): { update: Uint8Array; provisional: ItemRange[] } | null {
  const fork = new Y.Doc();
  try {
    Y.applyUpdate(fork, forkState);
    const forkPassage = passages(fork).find((passage) => passage.key === change.key);
    const startClock = Y.getState(fork.store, fork.clientID);
    let update: Uint8Array | null = null;
    fork.on('update', (changeUpdate: Uint8Array) => {
      update = changeUpdate;
    });
    let applied = false;
    fork.transact(() => {
      if (change.kind === 'changed') applied = forkPassage !== undefined && applyTextChange(fork, forkPassage, pulledState, change);
      else if (change.kind === 'removed') applied = forkPassage !== undefined && removePassage(forkPassage);
      else applied = addPassage(fork, upstreamState, change.key);
    });
    if (!applied || update === null) return null;
    const length = Y.getState(fork.store, fork.clientID) - startClock;
    return { update, provisional: length > 0 ? [{ client: fork.clientID, clock: startClock, length }] : [] };
  } finally {
    fork.destroy();
  }
}

/** Replays the upstream's character changes of one paragraph on the fork's copy of it. */
function applyTextChange(fork: Y.Doc, forkPassage: Passage, pulledState: Uint8Array, change: PassageChange): boolean {
  return withDoc(pulledState, (pulled) => {
    const base = passages(pulled).find((passage) => passage.key === change.key);
    if (base === undefined) return false;
    let offset = 0;
    for (const part of diffChars(base.content, change.after)) {
      if (part.added) {
        // Right after the base character before the insertion, wherever the fork has it now.
        const at = Y.createAbsolutePositionFromRelativePosition(Y.createRelativePositionFromTypeIndex(base.text, offset, -1), fork);
        if (at === null || at.type !== forkPassage.text) return false;
        forkPassage.text.insert(at.index, part.value);
      } else if (part.removed) {
        for (let index = offset; index < offset + part.value.length; index++) {
          // The very item upstream deleted, if the fork still has it.
          const position = Y.createRelativePositionFromTypeIndex(base.text, index, 0);
          const at = Y.createAbsolutePositionFromRelativePosition(position, fork);
          const item = position.item ? Y.getItem(fork.store, position.item) : null;
          if (at !== null && at.type === forkPassage.text && item instanceof Y.Item && !item.deleted) forkPassage.text.delete(at.index, 1);
        }
        offset += part.value.length;
      } else {
        offset += part.value.length;
      }
    }
    return true;
  });
}

/** Deletes the paragraph upstream deleted: the same item, so the next full pull agrees. */
function removePassage(forkPassage: Passage): boolean {
  const element = forkPassage.text.parent;
  if (!(element instanceof Y.XmlElement) || !(element.parent instanceof Y.XmlFragment || element.parent instanceof Y.XmlElement)) return false;
  const container = element.parent;
  const index = container.toArray().indexOf(element);
  if (index === -1) return false;
  container.delete(index, 1);
  return true;
}

/** Copies a paragraph upstream added into the fork, after the paragraph it follows upstream. */
function addPassage(fork: Y.Doc, upstreamState: Uint8Array, key: string): boolean {
  return withDoc(upstreamState, (upstream) => {
    const all = passages(upstream);
    const index = all.findIndex((passage) => passage.key === key);
    const added = all[index];
    const element = added?.text.parent;
    if (!added || !(element instanceof Y.XmlElement) || !(element.parent instanceof Y.XmlFragment)) return false;
    const forkPassages = new Map(passages(fork).map((passage) => [passage.key, passage]));
    const previous = all.slice(0, index).reverse().find((passage) => forkPassages.has(passage.key));
    const fragment = fork.getXmlFragment(TEXT_FRAGMENT);
    const anchor = previous ? forkPassages.get(previous.key)!.text.parent : null;
    const at = anchor instanceof Y.XmlElement && anchor.parent === fragment ? fragment.toArray().indexOf(anchor) + 1 : 0;
    const copy = new Y.XmlElement(element.nodeName);
    for (const [name, value] of Object.entries(element.getAttributes())) copy.setAttribute(name, value as string);
    const text = new Y.XmlText();
    text.applyDelta(added.text.toDelta());
    copy.insert(0, [text]);
    fragment.insert(at, [copy]);
    return true;
  });
}

/**
 * Deletes what single pulls inserted, in a document that has just received the upstream's own
 * items for the same changes (a full pull), so each pulled word is there once.
 */
export function deleteProvisional(doc: Y.Doc, ranges: readonly ItemRange[]): void {
  // A root type is a plain AbstractType until it is asked for as what it is.
  doc.getXmlFragment(TEXT_FRAGMENT);
  doc.transact(() => {
    for (const range of ranges) {
      for (let clock = range.clock + range.length - 1; clock >= range.clock; clock--) {
        const id = Y.createID(range.client, clock);
        let item: unknown;
        try {
          item = Y.getItem(doc.store, id);
        } catch {
          // Yjs throws for a client it has no items of: nothing of this range is left to delete.
          continue;
        }
        if (!(item instanceof Y.Item) || item.deleted) continue;
        const at = Y.createAbsolutePositionFromRelativePosition(Y.createRelativePositionFromJSON({ item: { client: range.client, clock }, assoc: 0 }), doc);
        if (at !== null) (at.type as Y.XmlText | Y.XmlFragment | Y.XmlElement).delete(at.index, 1);
      }
    }
  });
}
