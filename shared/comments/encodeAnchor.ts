import { toBase64 } from 'lib0/buffer';
import * as Y from 'yjs';

/**
 * A comment anchor as the API carries it: a Yjs relative position (Y.encodeRelativePosition),
 * base64. The one codec the server, the client, forks and tests use.
 */
export function encodeAnchor(position: Y.RelativePosition): string {
  return toBase64(Y.encodeRelativePosition(position));
}
