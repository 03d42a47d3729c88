import { diffArrays } from 'diff';
import * as Y from 'yjs';
import { TEXT_FRAGMENT } from '../../shared/collab/protocol.ts';
import { boundedDiff, type DiffBudget } from '../../shared/versions/boundedDiff.ts';

type Node = Y.XmlElement | Y.XmlText;
type Container = Y.XmlFragment | Y.XmlElement;
type Attributes = Record<string, unknown>;
/** What is left of the whole restore's budget, or null once it is spent (then spans are replaced whole). */
type BudgetLeft = () => DiffBudget | null;
interface DeltaOp {
  insert?: unknown;
  attributes?: Attributes;
}

const nodesOf = (parent: Container): Node[] => parent.toArray().filter((child): child is Node => child instanceof Y.XmlElement || child instanceof Y.XmlText);

/** A node's whole content (attributes, formatting, children) as one comparable string. */
const keyOf = (node: Node): string => `${node instanceof Y.XmlText ? 'text' : node.nodeName}:${node.toString()}`;

/** A copy of one node (and everything in it) that can be inserted into another document. */
function copyNode(node: Node): Node {
  if (node instanceof Y.XmlText) {
    const text = new Y.XmlText();
    text.applyDelta(node.toDelta());
    return text;
  }
  const element = new Y.XmlElement(node.nodeName);
  for (const [name, value] of Object.entries(node.getAttributes())) element.setAttribute(name, value as string);
  element.insert(0, nodesOf(node).map(copyNode));
  return element;
}

/** Runs of equal, removed and added items; past the budget, one replacement between the common ends. */
function sequenceChanges(before: string[], after: string[], budgetLeft: BudgetLeft): { kind: 'equal' | 'removed' | 'added'; count: number }[] {
  const budget = budgetLeft();
  const changes = budget === null ? undefined : diffArrays(before, after, { maxEditLength: budget.maxEditLength, timeout: budget.timeoutMs });
  if (changes !== undefined) return changes.map((change) => ({ kind: change.added ? 'added' : change.removed ? 'removed' : 'equal', count: change.count }));
  let prefix = 0;
  while (prefix < before.length && prefix < after.length && before[prefix] === after[prefix]) prefix++;
  let suffix = 0;
  while (suffix < before.length - prefix && suffix < after.length - prefix && before[before.length - 1 - suffix] === after[after.length - 1 - suffix]) suffix++;
  return [
    { kind: 'equal' as const, count: prefix },
    { kind: 'removed' as const, count: before.length - prefix - suffix },
    { kind: 'added' as const, count: after.length - prefix - suffix },
    { kind: 'equal' as const, count: suffix },
  ].filter((change) => change.count > 0);
}

/** The version's formatted words between two offsets of its plain text, with every other mark unset. */
function sliceDelta(delta: DeltaOp[], from: number, to: number, markNames: ReadonlySet<string>): { text: string; attributes: Attributes }[] {
  const slices: { text: string; attributes: Attributes }[] = [];
  let offset = 0;
  for (const op of delta) {
    const text = op.insert as string;
    const start = Math.max(from, offset);
    const end = Math.min(to, offset + text.length);
    if (start < end) {
      const attributes: Attributes = {};
      for (const name of markNames) attributes[name] = op.attributes?.[name] ?? null;
      slices.push({ text: text.slice(start - offset, end - offset), attributes });
    }
    offset += text.length;
  }
  return slices;
}

/**
 * Edits one paragraph's text into the version's: only the words that differ are deleted and
 * inserted (word diff within the budget, else the span between the common ends), so comments
 * anchored on the other words stay where they are.
 */
function restoreText(live: Y.XmlText, version: Y.XmlText, budgetLeft: BudgetLeft): void {
  const liveDelta = live.toDelta() as DeltaOp[];
  const versionDelta = version.toDelta() as DeltaOp[];
  const isPlain = (delta: DeltaOp[]) => delta.every((op) => typeof op.insert === 'string');
  if (!isPlain(liveDelta) || !isPlain(versionDelta)) return;
  const text = (delta: DeltaOp[]) => delta.map((op) => op.insert as string).join('');
  const before = text(liveDelta);
  const after = text(versionDelta);
  const markNames = new Set([...liveDelta, ...versionDelta].flatMap((op) => Object.keys(op.attributes ?? {})));
  const budget = budgetLeft();
  const diff = budget === null ? null : boundedDiff(before, after, budget);
  const edits: { at: number; remove: number; from: number; to: number }[] = [];
  if (diff !== null && diff.level === 'words') {
    let liveOffset = 0;
    let versionOffset = 0;
    for (const part of diff.parts) {
      const length = part.text.length;
      if (part.kind === 'removed') edits.push({ at: liveOffset, remove: length, from: versionOffset, to: versionOffset });
      if (part.kind === 'added') edits.push({ at: liveOffset, remove: 0, from: versionOffset, to: versionOffset + length });
      if (part.kind !== 'added') liveOffset += length;
      if (part.kind !== 'removed') versionOffset += length;
    }
  } else {
    let prefix = 0;
    while (prefix < before.length && prefix < after.length && before[prefix] === after[prefix]) prefix++;
    let suffix = 0;
    while (suffix < before.length - prefix && suffix < after.length - prefix && before[before.length - 1 - suffix] === after[after.length - 1 - suffix])
      suffix++;
    edits.push({ at: prefix, remove: before.length - prefix - suffix, from: prefix, to: after.length - suffix });
  }
  // From the end, so the offsets of earlier edits stay true.
  for (const edit of edits.reverse()) {
    if (edit.remove > 0) live.delete(edit.at, edit.remove);
    let at = edit.at;
    for (const slice of sliceDelta(versionDelta, edit.from, edit.to, markNames)) {
      live.insert(at, slice.text, slice.attributes);
      at += slice.text.length;
    }
  }
  // The same words, formatted differently (a mark added or removed): set the version's marks.
  if (live.toString() !== version.toString()) {
    let offset = 0;
    for (const slice of sliceDelta(versionDelta, 0, after.length, markNames)) {
      live.format(offset, slice.text.length, slice.attributes);
      offset += slice.text.length;
    }
  }
}

/** Makes one element equal to the version's in place: its attributes, then its children. */
function restoreElement(live: Y.XmlElement, version: Y.XmlElement, budget: BudgetLeft): void {
  const wanted = version.getAttributes();
  for (const [name, value] of Object.entries(wanted)) {
    if (JSON.stringify(live.getAttribute(name)) !== JSON.stringify(value)) live.setAttribute(name, value as string);
  }
  for (const name of Object.keys(live.getAttributes())) if (!(name in wanted)) live.removeAttribute(name);
  restoreChildren(live, version, budget);
}

/**
 * Makes a container's children equal to the version's: equal children are left alone, a changed
 * child of the same kind is edited in place (so anchors inside it survive where its words do),
 * the rest deleted or copied in. Anything an in-place edit could not make equal is replaced whole.
 */
function restoreChildren(live: Container, version: Container, budget: BudgetLeft): void {
  const liveNodes = nodesOf(live);
  const versionNodes = nodesOf(version);
  let index = 0;
  let liveAt = 0;
  let versionAt = 0;
  let removed: Node[] = [];
  let added: Node[] = [];
  const flush = () => {
    const paired = Math.min(removed.length, added.length);
    for (let pair = 0; pair < paired; pair++) {
      const [before, after] = [removed[pair]!, added[pair]!];
      if (before instanceof Y.XmlText && after instanceof Y.XmlText) restoreText(before, after, budget);
      else if (before instanceof Y.XmlElement && after instanceof Y.XmlElement && before.nodeName === after.nodeName) restoreElement(before, after, budget);
      if (keyOf(before) !== keyOf(after)) {
        live.delete(index, 1);
        live.insert(index, [copyNode(after)]);
      }
      index++;
    }
    if (removed.length > paired) live.delete(index, removed.length - paired);
    const extra = added.slice(paired).map(copyNode);
    if (extra.length > 0) live.insert(index, extra);
    index += extra.length;
    removed = [];
    added = [];
  };
  for (const change of sequenceChanges(liveNodes.map(keyOf), versionNodes.map(keyOf), budget)) {
    if (change.kind === 'removed') {
      removed.push(...liveNodes.slice(liveAt, liveAt + change.count));
      liveAt += change.count;
    } else if (change.kind === 'added') {
      added.push(...versionNodes.slice(versionAt, versionAt + change.count));
      versionAt += change.count;
    } else {
      flush();
      index += change.count;
      liveAt += change.count;
      versionAt += change.count;
    }
  }
  flush();
}

/**
 * The change that makes the live text equal to a version, as one update on top of everything
 * before it (nothing is erased: the history and the versions stay). It edits only what differs,
 * so threads anchored on unchanged passages keep their anchors (replacing the whole text would
 * leave every open comment on deleted words).
 */
export function restoreUpdate(liveState: Uint8Array, versionState: Uint8Array, budget: DiffBudget): Uint8Array | null {
  const live = new Y.Doc();
  const version = new Y.Doc();
  try {
    Y.applyUpdate(live, liveState);
    Y.applyUpdate(version, versionState);
    let update: Uint8Array | null = null;
    live.on('update', (change: Uint8Array) => {
      update = change;
    });
    // One budget for the whole restore, not one per paragraph: many changed paragraphs cannot add up to a stall.
    const deadline = Date.now() + budget.timeoutMs;
    const budgetLeft: BudgetLeft = () => {
      const left = deadline - Date.now();
      return left > 0 ? { ...budget, timeoutMs: left } : null;
    };
    live.transact(() => restoreChildren(live.getXmlFragment(TEXT_FRAGMENT), version.getXmlFragment(TEXT_FRAGMENT), budgetLeft));
    return update;
  } finally {
    live.destroy();
    version.destroy();
  }
}
