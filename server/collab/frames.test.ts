import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import * as syncProtocol from 'y-protocols/sync';
import { MessageType } from '../../shared/collab/protocol.ts';
import { awarenessFrame, syncStep2Frame, updateFrame } from './frames.ts';

/** The frames as y-protocols itself would write them. */
function reference(header: number[], payload: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  for (const value of header) encoding.writeVarUint(encoder, value);
  encoding.writeVarUint8Array(encoder, payload);
  return encoding.toUint8Array(encoder);
}

describe('frames', () => {
  for (const size of [0, 1, 127, 128, 70_000, 2_100_000]) {
    it(`match the y-websocket protocol byte for byte (payload of ${size} bytes)`, () => {
      const payload = Uint8Array.from({ length: size }, (_, index) => index % 251);
      // Compared as buffers: a deep equality over millions of elements takes tens of seconds.
      const same = (a: Uint8Array, b: Uint8Array) => Buffer.from(a).equals(Buffer.from(b));
      expect(same(syncStep2Frame(payload), reference([MessageType.sync, syncProtocol.messageYjsSyncStep2], payload))).toBe(true);
      expect(same(updateFrame(payload), reference([MessageType.sync, syncProtocol.messageYjsUpdate], payload))).toBe(true);
      expect(same(awarenessFrame(payload), reference([MessageType.awareness], payload))).toBe(true);
    });
  }
});
