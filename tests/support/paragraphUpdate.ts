import * as Y from 'yjs';
import { TEXT_FRAGMENT } from '../../shared/collab/protocol.ts';

/** A valid Yjs update that adds one paragraph holding `text`, made on a scratch document. */
export function paragraphUpdate(text: string): Uint8Array {
  const doc = new Y.Doc();
  const paragraph = new Y.XmlElement('paragraph');
  paragraph.insert(0, [new Y.XmlText(text)]);
  doc.getXmlFragment(TEXT_FRAGMENT).insert(0, [paragraph]);
  const update = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return update;
}
