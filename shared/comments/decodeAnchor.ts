import { fromBase64 } from 'lib0/buffer';
import * as Y from 'yjs';

/** The relative position behind an API anchor (see encodeAnchor); null when it is not one. */
export function decodeAnchor(anchor: string): Y.RelativePosition | null {
  try {
    return Y.decodeRelativePosition(fromBase64(anchor));
  } catch {
    return null;
  }
}
