import * as Y from 'yjs';

/** The relative position behind an API anchor; null when it is not one. */
export function decodeAnchor(anchor: string): Y.RelativePosition | null {
  try {
    return Y.decodeRelativePosition(Uint8Array.from(atob(anchor), (character) => character.charCodeAt(0)));
  } catch {
    return null;
  }
}
