import * as Y from 'yjs';
import { TEXT_FRAGMENT } from '../../shared/collab/protocol.ts';

/** A copy of one node (and everything in it) that can be inserted into another document. */
function copyNode(node: Y.XmlElement | Y.XmlText): Y.XmlElement | Y.XmlText {
  if (node instanceof Y.XmlText) {
    const text = new Y.XmlText();
    text.applyDelta(node.toDelta());
    return text;
  }
  const element = new Y.XmlElement(node.nodeName);
  for (const [name, value] of Object.entries(node.getAttributes())) element.setAttribute(name, value as string);
  element.insert(
    0,
    node.toArray().flatMap((child) => (child instanceof Y.XmlElement || child instanceof Y.XmlText ? [copyNode(child)] : [])),
  );
  return element;
}

/**
 * The change that makes the live text equal to a version: on a copy of the live document, the
 * whole text replaced by the version's, as one update. It is a new change on top of everything
 * before it (nothing is erased: the history and the versions stay).
 */
export function restoreUpdate(liveState: Uint8Array, versionState: Uint8Array): Uint8Array | null {
  const live = new Y.Doc();
  const version = new Y.Doc();
  try {
    Y.applyUpdate(live, liveState);
    Y.applyUpdate(version, versionState);
    const source = version.getXmlFragment(TEXT_FRAGMENT).toArray();
    let update: Uint8Array | null = null;
    live.on('update', (change: Uint8Array) => {
      update = change;
    });
    live.transact(() => {
      const fragment = live.getXmlFragment(TEXT_FRAGMENT);
      fragment.delete(0, fragment.length);
      fragment.insert(0, source.flatMap((node) => (node instanceof Y.XmlElement || node instanceof Y.XmlText ? [copyNode(node)] : [])));
    });
    return update;
  } finally {
    live.destroy();
    version.destroy();
  }
}
