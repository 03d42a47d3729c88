import * as Y from 'yjs';
import { TEXT_FRAGMENT } from '../../shared/collab/protocol.ts';

/**
 * The first content of a new statement: created once, on the server, inside the CRDT. Clients
 * never seed content (that duplicates paragraphs on every reload).
 */
export function initialDocumentUpdate(): Uint8Array {
  const doc = new Y.Doc();
  doc.getXmlFragment(TEXT_FRAGMENT).insert(0, [new Y.XmlElement('paragraph')]);
  const update = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return update;
}
