import * as Y from 'yjs';

/** A relative position as the API carries it: Y.encodeRelativePosition, base64. */
export function encodeAnchor(position: Y.RelativePosition): string {
  let binary = '';
  for (const byte of Y.encodeRelativePosition(position)) binary += String.fromCharCode(byte);
  return btoa(binary);
}
