import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import { MessageType } from '../../shared/collab/protocol.ts';

/** Builds outgoing frames once, so a broadcast writes the same bytes to every socket. */

/**
 * `[...header, length, ...payload]` in one allocation and one copy of the payload: sync frames can
 * carry a whole 100-page statement, and lib0's encoder would copy it twice.
 */
function framed(header: readonly number[], payload: Uint8Array): Uint8Array {
  const prefix = encoding.createEncoder();
  for (const value of header) encoding.writeVarUint(prefix, value);
  encoding.writeVarUint(prefix, payload.byteLength);
  const head = encoding.toUint8Array(prefix);
  const frame = new Uint8Array(head.byteLength + payload.byteLength);
  frame.set(head, 0);
  frame.set(payload, head.byteLength);
  return frame;
}

export function syncStep1Frame(stateVector: Uint8Array): Uint8Array {
  return framed([MessageType.sync, syncProtocol.messageYjsSyncStep1], stateVector);
}

export function syncStep2Frame(update: Uint8Array): Uint8Array {
  return framed([MessageType.sync, syncProtocol.messageYjsSyncStep2], update);
}

export function updateFrame(update: Uint8Array): Uint8Array {
  return framed([MessageType.sync, syncProtocol.messageYjsUpdate], update);
}

export function awarenessFrame(awarenessUpdate: Uint8Array): Uint8Array {
  return framed([MessageType.awareness], awarenessUpdate);
}

/** Throws unless the decoder has read the whole frame: trailing bytes mean a malformed message. */
export function assertFullyRead(decoder: decoding.Decoder): void {
  if (decoding.hasContent(decoder)) throw new Error('trailing bytes in message');
}
