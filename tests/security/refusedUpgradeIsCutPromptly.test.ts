import { randomBytes } from 'node:crypto';
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CloseCode } from '../../shared/collab/protocol.ts';
import { startCollabFixture, type CollabFixture } from '../support/collabFixture.ts';
import { waitFor } from '../support/waitFor.ts';

interface RawTcp {
  socket: net.Socket;
  received: Buffer;
  ended: boolean;
}

/**
 * L3: a refused upgrade is completed and closed with a 44xx code. A peer that never answers the
 * close frame must not keep the socket (ws waits 30 s), nor have big frames read meanwhile.
 */
describe('a refused collaboration upgrade', () => {
  let fixture: CollabFixture;

  beforeAll(async () => {
    fixture = await startCollabFixture();
  });

  afterAll(async () => {
    await fixture?.dispose();
  });

  /** A hand-made websocket handshake with no session cookie, that never answers anything. */
  async function refusedSocket(): Promise<RawTcp> {
    const raw: RawTcp = { socket: net.connect(fixture.server.port, '127.0.0.1'), received: Buffer.alloc(0), ended: false };
    raw.socket.on('data', (chunk: Buffer) => {
      raw.received = Buffer.concat([raw.received, chunk]);
    });
    raw.socket.on('close', () => {
      raw.ended = true;
    });
    raw.socket.on('error', () => undefined);
    await new Promise<void>((resolve) => raw.socket.once('connect', () => resolve()));
    raw.socket.write(
      [
        `GET /collab/${fixture.statementId} HTTP/1.1`,
        `Host: 127.0.0.1:${fixture.server.port}`,
        'Upgrade: websocket',
        'Connection: Upgrade',
        `Sec-WebSocket-Key: ${randomBytes(16).toString('base64')}`,
        'Sec-WebSocket-Version: 13',
        '',
        '',
      ].join('\r\n'),
    );
    // The 101, then a close frame (0x88) carrying 4401.
    await waitFor(
      () => {
        const headersEnd = raw.received.indexOf('\r\n\r\n');
        return headersEnd > 0 && raw.received.length >= headersEnd + 6 ? true : null;
      },
      { message: 'the close frame' },
    );
    const closeFrame = raw.received.subarray(raw.received.indexOf('\r\n\r\n') + 4);
    expect(raw.received.toString('latin1')).toMatch(/^HTTP\/1\.1 101/);
    expect(closeFrame[0]).toBe(0x88);
    expect(closeFrame.readUInt16BE(2)).toBe(CloseCode.unauthorised.code);
    return raw;
  }

  it('is cut within seconds although the peer never answers the close', async () => {
    const raw = await refusedSocket();
    await waitFor(() => raw.ended, { timeoutMs: 8_000, message: 'the server to drop the socket' });
  });

  it('does not read a big frame: the socket is dropped at its header', async () => {
    const raw = await refusedSocket();
    // A masked binary frame announcing 4 MiB, then a first slice of it.
    const header = Buffer.alloc(14);
    header[0] = 0x82;
    header[1] = 0x80 | 127;
    header.writeBigUInt64BE(BigInt(4 * 1024 * 1024), 2);
    randomBytes(4).copy(header, 10);
    raw.socket.write(Buffer.concat([header, Buffer.alloc(64 * 1024)]));
    await waitFor(() => raw.ended, { timeoutMs: 8_000, message: 'the server to drop the socket' });
  });
});
