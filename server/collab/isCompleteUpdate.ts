import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';

/** The byte reader of the update being checked, caught as Yjs makes its decoder around it. */
let reading: decoding.Decoder | null = null;

class ReadingDecoder extends Y.UpdateDecoderV1 {
  constructor(decoder: decoding.Decoder) {
    super(decoder);
    reading = decoder;
  }
}

/**
 * Whether an update decodes completely and is shaped as Yjs writes updates. Yjs applies the valid
 * head of a truncated or corrupt update before it throws, so every update is checked whole before
 * it is stored or applied. Yjs's own decoder stops at the delete set and ignores what follows, and
 * accepts delete ranges no Yjs client writes; both are refused here:
 * - every byte is read (nothing after the delete set);
 * - every struct and delete range is at least one long, and ends within safe integers;
 * - each client's delete ranges are in order and do not overlap (Yjs sorts and merges them).
 */
export function isCompleteUpdate(update: Uint8Array): boolean {
  if (update.byteLength === 0) return false;
  reading = null;
  try {
    const { structs, ds } = Y.decodeUpdateV2(update, ReadingDecoder);
    const decoder: decoding.Decoder | null = reading;
    if (decoder === null || decoding.hasContent(decoder)) return false;
    if (!structs.every((struct) => struct.length > 0 && struct.id.clock + struct.length <= Number.MAX_SAFE_INTEGER)) return false;
    for (const ranges of ds.clients.values()) {
      let end = 0;
      for (const { clock, len } of ranges) {
        if (len < 1 || clock < end || clock + len > Number.MAX_SAFE_INTEGER) return false;
        end = clock + len;
      }
    }
    return true;
  } catch {
    return false;
  } finally {
    reading = null;
  }
}
