import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { MessageType } from '../../shared/collab/protocol.ts';

export interface AwarenessEntry {
  clientId: number;
  clock: number;
  /** The state as JSON, or null for "this client left". */
  state: unknown;
}

/** Awareness frames (`[awareness, update]`) built and read by hand, for raw-socket tests. */
export const awarenessMessage = {
  encode(entries: readonly AwarenessEntry[]): Uint8Array {
    const update = encoding.createEncoder();
    encoding.writeVarUint(update, entries.length);
    for (const { clientId, clock, state } of entries) {
      encoding.writeVarUint(update, clientId);
      encoding.writeVarUint(update, clock);
      encoding.writeVarString(update, JSON.stringify(state));
    }
    const frame = encoding.createEncoder();
    encoding.writeVarUint(frame, MessageType.awareness);
    encoding.writeVarUint8Array(frame, encoding.toUint8Array(update));
    return encoding.toUint8Array(frame);
  },
  /** The entries of an awareness frame (its first varUint must be MessageType.awareness). */
  decode(frame: Uint8Array): AwarenessEntry[] {
    const decoder = decoding.createDecoder(frame);
    decoding.readVarUint(decoder);
    const update = decoding.createDecoder(decoding.readVarUint8Array(decoder));
    const entries: AwarenessEntry[] = [];
    for (let count = decoding.readVarUint(update); count > 0; count--) {
      const clientId = decoding.readVarUint(update);
      const clock = decoding.readVarUint(update);
      entries.push({ clientId, clock, state: JSON.parse(decoding.readVarString(update)) as unknown });
    }
    return entries;
  },
} as const;
