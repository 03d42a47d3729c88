import * as Y from 'yjs';

/**
 * Whether an update decodes completely. Yjs applies the valid head of a truncated or corrupt
 * update before it throws, so every update is decoded whole before it is stored or applied.
 */
export function isCompleteUpdate(update: Uint8Array): boolean {
  if (update.byteLength === 0) return false;
  try {
    Y.decodeUpdate(update);
    return true;
  } catch {
    return false;
  }
}
