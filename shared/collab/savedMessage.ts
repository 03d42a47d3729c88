import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { MessageType } from './protocol.ts';

/**
 * The Accord "saved" message (MessageType.saved), in both directions, written and read in one place.
 * Query, client → server: `[saved, n]`, "tell me when everything I sent before this is on disk".
 * Answer, server → client: `[saved, n, accepted]`, accepted = 1 when stored, 0 when dropped as read-only.
 * Decoders take a lib0 decoder that has already read the message type (as y-websocket handlers get it).
 */
export const savedMessage = {
  encodeQuery(queryNumber: number): Uint8Array {
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MessageType.saved);
    encoding.writeVarUint(encoder, queryNumber);
    return encoding.toUint8Array(encoder);
  },
  decodeQuery(decoder: decoding.Decoder): number {
    return decoding.readVarUint(decoder);
  },
  encodeAnswer(queryNumber: number, accepted: boolean): Uint8Array {
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MessageType.saved);
    encoding.writeVarUint(encoder, queryNumber);
    encoding.writeVarUint(encoder, accepted ? 1 : 0);
    return encoding.toUint8Array(encoder);
  },
  decodeAnswer(decoder: decoding.Decoder): { queryNumber: number; accepted: boolean } {
    const queryNumber = decoding.readVarUint(decoder);
    return { queryNumber, accepted: decoding.readVarUint(decoder) === 1 };
  },
} as const;
