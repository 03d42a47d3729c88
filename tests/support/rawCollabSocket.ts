import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import WebSocket from 'ws';
import { waitFor } from './waitFor.ts';

export interface RawCollabSocket {
  socket: WebSocket;
  /** Every binary frame received, in order. */
  frames: Uint8Array[];
  /** The close code once closed, or the HTTP status if the upgrade was refused. */
  closeCode: number | null;
  refusedStatus: number | null;
  opened: Promise<void>;
  send(frame: Uint8Array): void;
  waitForClose(timeoutMs?: number): Promise<number>;
  /** Frames of the given message type (the first varUint). */
  framesOfType(type: number): Uint8Array[];
}

/** A bare websocket to `/collab/:statementId`, for protocol-level tests the stock provider cannot express. */
export function openRawCollabSocket(wsUrl: string, statementId: string, cookie: string | null, headers: Record<string, string> = {}): RawCollabSocket {
  const socket = new WebSocket(`${wsUrl}/${statementId}`, { headers: { ...(cookie ? { cookie } : {}), ...headers } });
  const raw: RawCollabSocket = {
    socket,
    frames: [],
    closeCode: null,
    refusedStatus: null,
    opened: new Promise((resolve, reject) => {
      socket.once('open', () => resolve());
      socket.once('error', reject);
    }),
    send: (frame) => socket.send(frame),
    waitForClose: (timeoutMs = 10_000) => waitFor(() => raw.refusedStatus ?? raw.closeCode, { timeoutMs, message: 'socket closed' }),
    framesOfType: (type) => raw.frames.filter((frame) => decoding.readVarUint(decoding.createDecoder(frame)) === type),
  };
  raw.opened.catch(() => undefined);
  socket.on('message', (data: Buffer) => raw.frames.push(new Uint8Array(data)));
  socket.on('close', (code) => {
    raw.closeCode = code;
  });
  socket.on('unexpected-response', (_request, response) => {
    raw.refusedStatus = response.statusCode ?? 0;
    socket.terminate();
  });
  socket.on('error', () => undefined);
  return raw;
}

/** `[varUint ...values]` then an optional trailing byte array, as the y-websocket protocol frames them. */
export function frame(values: number[], payload?: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  for (const value of values) encoding.writeVarUint(encoder, value);
  if (payload !== undefined) encoding.writeVarUint8Array(encoder, payload);
  return encoding.toUint8Array(encoder);
}
