import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { TEXT_FRAGMENT } from '../../shared/collab/protocol.ts';
import { isCompleteUpdate } from './isCompleteUpdate.ts';

/** Two editors' work on the editor's XmlFragment: paragraphs, a heading, inserts, deletes and marks by both. */
function editorUpdate(): Uint8Array {
  const first = new Y.Doc();
  first.clientID = 101;
  const second = new Y.Doc();
  second.clientID = 202;
  const paragraph = new Y.XmlElement('paragraph');
  const text = new Y.XmlText();
  paragraph.insert(0, [text]);
  first.getXmlFragment(TEXT_FRAGMENT).insert(0, [paragraph]);
  text.insert(0, 'We, the undersigned registries, call for an open internet.');
  text.format(0, 3, { bold: true });
  Y.applyUpdate(second, Y.encodeStateAsUpdate(first));
  const secondText = (second.getXmlFragment(TEXT_FRAGMENT).get(0) as Y.XmlElement).get(0) as Y.XmlText;
  secondText.insert(4, 'all ');
  secondText.delete(0, 2);
  secondText.format(5, 10, { italic: true });
  const heading = new Y.XmlElement('heading');
  heading.setAttribute('level', '2');
  heading.insert(0, [new Y.XmlText('Joint statement')]);
  second.getXmlFragment(TEXT_FRAGMENT).insert(0, [heading]);
  (heading.get(0) as Y.XmlText).delete(0, 6);
  Y.applyUpdate(first, Y.encodeStateAsUpdate(second));
  text.delete(20, 7);
  (first.getXmlFragment(TEXT_FRAGMENT).get(0) as Y.XmlElement).setAttribute('level', '3');
  const update = Y.encodeStateAsUpdate(first);
  first.destroy();
  second.destroy();
  return update;
}

/** A delete set as Yjs (v1) writes it, clients in the order given. */
function encodeDeleteSet(clients: readonly (readonly [number, readonly { clock: number; len: number }[]])[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, clients.length);
  for (const [client, ranges] of clients) {
    encoding.writeVarUint(encoder, client);
    encoding.writeVarUint(encoder, ranges.length);
    for (const { clock, len } of ranges) {
      encoding.writeVarUint(encoder, clock);
      encoding.writeVarUint(encoder, len);
    }
  }
  return encoding.toUint8Array(encoder);
}

/** Reads a v1 delete set that must fill `bytes` exactly; throws otherwise. */
function readDeleteSetExactly(bytes: Uint8Array): [number, [number, number][]][] {
  const decoder = decoding.createDecoder(bytes);
  const clients: [number, [number, number][]][] = [];
  for (let count = decoding.readVarUint(decoder); count > 0; count--) {
    const client = decoding.readVarUint(decoder);
    const ranges: [number, [number, number][]][1] = [];
    for (let rangeCount = decoding.readVarUint(decoder); rangeCount > 0; rangeCount--) {
      ranges.push([decoding.readVarUint(decoder), decoding.readVarUint(decoder)]);
    }
    clients.push([client, ranges]);
  }
  if (decoding.hasContent(decoder)) throw new Error('bytes left after the delete set');
  return clients;
}

function concat(...parts: Uint8Array[]): Uint8Array {
  return Uint8Array.from(parts.flatMap((part) => [...part]));
}

const update = editorUpdate();
const deleteSet = encodeDeleteSet([...Y.decodeUpdate(update).ds.clients]);
const structs = update.subarray(0, update.byteLength - deleteSet.byteLength);

describe('isCompleteUpdate', () => {
  it('accepts a real update with several clients, marks, deletes and a delete set for two clients', () => {
    expect(Y.decodeUpdate(update).ds.clients.size).toBe(2);
    expect(Buffer.from(concat(structs, deleteSet)).equals(Buffer.from(update))).toBe(true);
    expect(isCompleteUpdate(update)).toBe(true);
  });

  it('rejects it truncated at every byte offset', () => {
    const accepted = [];
    for (let length = 0; length < update.byteLength; length++) {
      if (isCompleteUpdate(update.subarray(0, length))) accepted.push(length);
    }
    expect(accepted).toEqual([]);
  });

  it('rejects bytes after the delete set, which Yjs itself ignores', () => {
    expect(isCompleteUpdate(concat(update, Uint8Array.of(0)))).toBe(false);
    expect(isCompleteUpdate(concat(update, Uint8Array.of(1, 2, 3)))).toBe(false);
  });

  it('rejects delete sets whose counts run past the end', () => {
    const [client, ranges] = [...Y.decodeUpdate(update).ds.clients][0]!;
    // One more client, or one more range, than the bytes hold.
    const moreClients = concat(Uint8Array.of(deleteSet[0]! + 1), deleteSet.subarray(1));
    expect(isCompleteUpdate(concat(structs, moreClients))).toBe(false);
    const moreRanges = encodeDeleteSet([[client, ranges]]);
    moreRanges[moreRanges.indexOf(ranges.length, 1)]! += 1;
    expect(isCompleteUpdate(concat(structs, moreRanges))).toBe(false);
    // A huge range count with nothing behind it.
    expect(isCompleteUpdate(concat(structs, Uint8Array.of(1, 5, 0xff, 0xff, 0xff, 0x7f)))).toBe(false);
  });

  it('rejects delete ranges no Yjs client writes: empty, overlapping, out of order, past safe integers', () => {
    expect(isCompleteUpdate(concat(structs, encodeDeleteSet([[101, [{ clock: 3, len: 0 }]]])))).toBe(false);
    expect(
      isCompleteUpdate(
        concat(
          structs,
          encodeDeleteSet([
            [
              101,
              [
                { clock: 3, len: 5 },
                { clock: 6, len: 2 },
              ],
            ],
          ]),
        ),
      ),
    ).toBe(false);
    expect(
      isCompleteUpdate(
        concat(
          structs,
          encodeDeleteSet([
            [
              101,
              [
                { clock: 9, len: 1 },
                { clock: 3, len: 1 },
              ],
            ],
          ]),
        ),
      ),
    ).toBe(false);
    expect(isCompleteUpdate(concat(structs, encodeDeleteSet([[101, [{ clock: Number.MAX_SAFE_INTEGER, len: 2 }]]])))).toBe(false);
  });

  it('with any byte of the delete set flipped, rejects it unless it is still a whole, well-formed delete set', () => {
    const start = structs.byteLength;
    let rejected = 0;
    for (let offset = start; offset < update.byteLength; offset++) {
      for (const mask of [0x01, 0x02, 0x40, 0x80, 0xff]) {
        const corrupted = update.slice();
        corrupted[offset]! ^= mask;
        if (!isCompleteUpdate(corrupted)) {
          rejected++;
          continue;
        }
        // Accepted: then it is a different but whole set of deleted ranges (no format check can tell
        // it from the real one): read on its own it uses every byte and says what Yjs read.
        expect(readDeleteSetExactly(corrupted.subarray(start))).toEqual(
          [...Y.decodeUpdate(corrupted).ds.clients].map(([client, ranges]) => [client, ranges.map(({ clock, len }) => [clock, len])]),
        );
      }
    }
    expect(rejected).toBeGreaterThan(0);
  });
});
