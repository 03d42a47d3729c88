import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { MessageType } from './protocol.ts';

/**
 * The Accord "threads" message (MessageType.threads), in both directions, written and read in one place.
 * Request, client → server: `[threads]`, "push me comment threads of this statement as they change".
 * Push, server → client: `[threads, json]`, one ThreadView the user may see (the client parses the JSON).
 * Decoders take a lib0 decoder that has already read the message type (as y-websocket handlers get it).
 */
export const threadsMessage = {
  encodeRequest(): Uint8Array {
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MessageType.threads);
    return encoding.toUint8Array(encoder);
  },
  encodePush(json: string): Uint8Array {
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MessageType.threads);
    encoding.writeVarString(encoder, json);
    return encoding.toUint8Array(encoder);
  },
  decodePush(decoder: decoding.Decoder): string {
    return decoding.readVarString(decoder);
  },
} as const;
