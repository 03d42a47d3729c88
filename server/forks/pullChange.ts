import * as Y from 'yjs';
import { TEXT_FRAGMENT } from '../../shared/collab/protocol.ts';
import { boundedDiff, type DiffBudget } from '../../shared/versions/boundedDiff.ts';
import type { ItemRange } from '../store/Store.ts';
import type { PassageChange } from './passageChanges.ts';
import { differingRange, passages, withDoc, type Passage } from './paragraphIdentity.ts';

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
  budget: DiffBudget,
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
      if (change.kind === 'changed') applied = forkPassage !== undefined && applyTextChange(fork, forkPassage, pulledState, change, budget);
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

/** A run of consecutive characters of one Yjs item: where it starts in a text, and whether it is still there. */
interface Run {
  client: number;
  clock: number;
  length: number;
  /** Offset in the text's words (base) or Yjs index (fork) of its first character. */
  at: number;
  deleted: boolean;
}

/** The base paragraph's characters, as runs of item ids, at their offsets in its plain text. */
function baseRuns(text: Y.XmlText): Run[] {
  const runs: Run[] = [];
  let at = 0;
  for (let item = text._start; item !== null; item = item.right) {
    // Only live strings count, as in the plain text the change was computed on.
    if (item.deleted || !(item.content instanceof Y.ContentString)) continue;
    runs.push({ client: item.id.client, clock: item.id.clock, length: item.length, at, deleted: false });
    at += item.length;
  }
  return runs;
}

/** The fork paragraph's items by client, sorted by clock, at their Yjs index: one walk, looked up many times. */
function forkRuns(text: Y.XmlText): Map<number, Run[]> {
  const byClient = new Map<number, Run[]>();
  let at = 0;
  for (let item = text._start; item !== null; item = item.right) {
    if (!item.countable) continue;
    const runs = byClient.get(item.id.client) ?? [];
    runs.push({ client: item.id.client, clock: item.id.clock, length: item.length, at, deleted: item.deleted });
    byClient.set(item.id.client, runs);
    if (!item.deleted) at += item.length;
  }
  for (const runs of byClient.values()) runs.sort((left, right) => left.clock - right.clock);
  return byClient;
}

/** The run holding a key among runs sorted by it (binary search). */
function runHolding(runs: readonly Run[] | undefined, key: number, of: (run: Run) => number): Run | undefined {
  if (runs === undefined) return undefined;
  let low = 0;
  let high = runs.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const run = runs[middle]!;
    if (key < of(run)) high = middle - 1;
    else if (key >= of(run) + run.length) low = middle + 1;
    else return run;
  }
  return undefined;
}

/** One edit of the base paragraph: at a base offset, some characters removed or some words inserted. */
type TextEdit = { at: number; remove: number } | { at: number; insert: string };

/** The upstream's change of one paragraph as edits: word by word within the budget, else one replacement. */
function textEdits(before: string, after: string, budget: DiffBudget): TextEdit[] {
  const diff = boundedDiff(before, after, budget);
  if (diff === null || diff.level !== 'words') {
    const { prefix, suffix } = differingRange(before, after);
    return [
      { at: prefix, remove: before.length - prefix - suffix },
      { at: prefix, insert: after.slice(prefix, after.length - suffix) },
    ];
  }
  const edits: TextEdit[] = [];
  let offset = 0;
  for (const part of diff.parts) {
    if (part.kind === 'added') edits.push({ at: offset, insert: part.text });
    else {
      if (part.kind === 'removed') edits.push({ at: offset, remove: part.text.length });
      offset += part.text.length;
    }
  }
  return edits;
}

/**
 * Replays the upstream's changes of one paragraph on the fork's copy of it. Positions are found
 * by one walk of each paragraph's items (not one Yjs position lookup per character, which is
 * quadratic), and the edits applied as ranges from the end, so earlier indexes stay true.
 */
function applyTextChange(fork: Y.Doc, forkPassage: Passage, pulledState: Uint8Array, change: PassageChange, budget: DiffBudget): boolean {
  return withDoc(pulledState, (pulled) => {
    const base = passages(pulled).find((passage) => passage.key === change.key);
    if (base === undefined) return false;
    const baseIndex = baseRuns(base.text);
    const forkIndex = forkRuns(forkPassage.text);
    /** Where a base character is in the fork: its index, and whether the fork still has it. */
    const inFork = (client: number, clock: number) => {
      const run = runHolding(forkIndex.get(client), clock, (candidate) => candidate.clock);
      return run === undefined ? undefined : { index: run.deleted ? run.at : run.at + clock - run.clock, deleted: run.deleted };
    };
    const operations: { index: number; remove: number; insert: string; order: number }[] = [];
    for (const edit of textEdits(base.content, change.after, budget)) {
      if ('insert' in edit) {
        if (edit.insert === '') continue;
        // Right after the base character before the insertion, wherever the fork has it now.
        let index = 0;
        if (edit.at > 0) {
          const run = runHolding(baseIndex, edit.at - 1, (candidate) => candidate.at);
          const found = run && inFork(run.client, run.clock + edit.at - 1 - run.at);
          if (found === undefined) return false;
          index = found.deleted ? found.index : found.index + 1;
        }
        operations.push({ index, remove: 0, insert: edit.insert, order: operations.length });
        continue;
      }
      // The very items upstream deleted, those the fork still has, as runs of consecutive indexes.
      let offset = edit.at;
      while (offset < edit.at + edit.remove) {
        const run = runHolding(baseIndex, offset, (candidate) => candidate.at);
        if (run === undefined) break;
        const end = Math.min(run.at + run.length, edit.at + edit.remove);
        for (let clock = run.clock + offset - run.at; clock < run.clock + end - run.at; ) {
          const forkRun = runHolding(forkIndex.get(run.client), clock, (candidate) => candidate.clock);
          if (forkRun === undefined) {
            clock++;
            continue;
          }
          const upTo = Math.min(forkRun.clock + forkRun.length, run.clock + end - run.at);
          if (!forkRun.deleted) operations.push({ index: forkRun.at + clock - forkRun.clock, remove: upTo - clock, insert: '', order: operations.length });
          clock = upTo;
        }
        offset = end;
      }
    }
    // From the end; at one index, the deletion first (so an insertion there is not deleted with it)
    // and later insertions before earlier ones (so they end up in reading order).
    operations.sort((left, right) => right.index - left.index || right.remove - left.remove || right.order - left.order);
    for (const operation of operations) {
      if (operation.remove > 0) forkPassage.text.delete(operation.index, operation.remove);
      else forkPassage.text.insert(operation.index, operation.insert);
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
    const previous = all
      .slice(0, index)
      .reverse()
      .find((passage) => forkPassages.has(passage.key));
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
 * items for the same changes (a full pull), so each pulled word is there once. Linear: the items
 * are found by id, their indexes by one walk of each type they are in, and deleted as runs from
 * the end (a Yjs position lookup per character would be quadratic in a long paragraph).
 */
export function deleteProvisional(doc: Y.Doc, ranges: readonly ItemRange[]): void {
  // A root type is a plain AbstractType until it is asked for as what it is.
  doc.getXmlFragment(TEXT_FRAGMENT);
  // The live items of each range, and which of their characters the range covers.
  const doomed = new Map<Y.Item, { from: number; to: number }>();
  for (const range of ranges) {
    const end = range.clock + range.length;
    for (let clock = range.clock; clock < end; ) {
      let struct: unknown;
      try {
        struct = Y.getItem(doc.store, Y.createID(range.client, clock));
      } catch {
        // Yjs throws for a client or clock it has no items of: nothing more of this range is left to delete.
        break;
      }
      if (!(struct instanceof Y.Item) && !(struct instanceof Y.GC)) break;
      const upTo = Math.min(struct.id.clock + struct.length, end);
      if (struct instanceof Y.Item && !struct.deleted && struct.countable) doomed.set(struct, { from: clock - struct.id.clock, to: upTo - struct.id.clock });
      clock = upTo;
    }
  }
  // Deleting a paragraph deletes what is in it: only the outermost doomed items are deleted.
  const byParent = new Map<Y.AbstractType<unknown>, Set<Y.Item>>();
  for (const item of doomed.keys()) {
    const parent = item.parent;
    if (!(parent instanceof Y.AbstractType) || (parent._item !== null && doomed.has(parent._item)) || item.parentSub !== null) continue;
    const items = byParent.get(parent) ?? new Set<Y.Item>();
    items.add(item);
    byParent.set(parent, items);
  }
  doc.transact(() => {
    for (const [parent, items] of byParent) {
      const runs: { index: number; length: number }[] = [];
      let index = 0;
      for (let item = parent._start; item !== null; item = item.right) {
        if (!item.countable || item.deleted) continue;
        const covered = items.has(item) ? doomed.get(item) : undefined;
        if (covered !== undefined) runs.push({ index: index + covered.from, length: covered.to - covered.from });
        index += item.length;
      }
      const list = parent as Y.XmlText | Y.XmlElement | Y.XmlFragment;
      for (const run of runs.reverse()) list.delete(run.index, run.length);
    }
  });
}
