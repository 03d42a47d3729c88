import * as decoding from 'lib0/decoding';
import { describe, expect, it } from 'vitest';
import { MessageType } from './protocol.ts';
import { savedMessage } from './savedMessage.ts';
import { threadsMessage } from './threadsMessage.ts';

/** Reads the message type as a y-websocket handler dispatch does, and hands back the rest. */
function afterType(frame: Uint8Array, type: number): decoding.Decoder {
  const decoder = decoding.createDecoder(frame);
  expect(decoding.readVarUint(decoder)).toBe(type);
  return decoder;
}

describe('the two Accord websocket messages', () => {
  it('saved: a query and its answer read back as written, with nothing left over', () => {
    for (const queryNumber of [0, 1, 127, 128, 1_000_000]) {
      const query = afterType(savedMessage.encodeQuery(queryNumber), MessageType.saved);
      expect(savedMessage.decodeQuery(query)).toBe(queryNumber);
      expect(decoding.hasContent(query)).toBe(false);
      for (const accepted of [true, false]) {
        const answer = afterType(savedMessage.encodeAnswer(queryNumber, accepted), MessageType.saved);
        expect(savedMessage.decodeAnswer(answer)).toEqual({ queryNumber, accepted });
        expect(decoding.hasContent(answer)).toBe(false);
      }
    }
    expect([...savedMessage.encodeQuery(7)]).toEqual([40, 7]);
    expect([...savedMessage.encodeAnswer(7, true)]).toEqual([40, 7, 1]);
  });

  it('threads: the request is the bare type, and a push carries its JSON', () => {
    expect([...threadsMessage.encodeRequest()]).toEqual([41]);
    const json = JSON.stringify({ id: 't1', body: 'naïve – ünïcode' });
    const push = afterType(threadsMessage.encodePush(json), MessageType.threads);
    expect(threadsMessage.decodePush(push)).toBe(json);
    expect(decoding.hasContent(push)).toBe(false);
  });
});
