import * as decoding from 'lib0/decoding';
import type { WebSocket } from 'ws';
import * as Y from 'yjs';
import * as syncProtocol from 'y-protocols/sync';
import { applyAwarenessUpdate, encodeAwarenessUpdate, removeAwarenessStates } from 'y-protocols/awareness';
import { CloseCode, MessageType, type CloseReason } from '../../shared/collab/protocol.ts';
import type { ThreadViewer } from '../../shared/comments/threadVisibility.ts';
import type { Logger } from '../logger.ts';
import type { CollabDocument } from './CollabDocument.ts';
import { assertFullyRead, awarenessFrame, savedFrame, syncStep1Frame } from './frames.ts';
import { isCompleteUpdate } from './isCompleteUpdate.ts';
import { MessageBudget } from './MessageBudget.ts';
import { rewriteAwarenessIdentity, type AwarenessIdentity } from './rewriteAwarenessIdentity.ts';

/** Where a connection hands accepted updates: stored first, applied and forwarded after. */
export interface UpdateSink {
  submit(document: CollabDocument, update: Uint8Array, connection: Connection): void;
  /** Resolves once everything submitted so far is on disk. */
  whenStored(): Promise<void>;
}

export interface ConnectionOptions {
  statementId: string;
  sessionIdHash: string;
  identity: AwarenessIdentity;
  readOnly: boolean;
  /** Who is connected, for deciding which comment threads they may be pushed. */
  viewer: ThreadViewer;
}

/** Sockets that fall this far behind are closed; they resync when they come back. */
const MAX_BUFFERED_BYTES = 32 * 1024 * 1024;
const MAX_AWARENESS_CLIENT_IDS = 8;

let nextConnectionId = 1;

/** One websocket of one user on one statement, with its rights decided once, at connection. */
export class Connection {
  readonly id = nextConnectionId++;
  readonly statementId: string;
  readonly sessionIdHash: string;
  readonly identity: AwarenessIdentity;
  readonly readOnly: boolean;
  readonly viewer: ThreadViewer;
  /** Whether the client asked for comment threads to be pushed (MessageType.threads). */
  wantsThreads = false;
  readonly awarenessClientIds = new Set<number>();
  droppedUpdates = 0;
  private document: CollabDocument | null = null;
  private waiting: Uint8Array[] = [];
  private closed = false;
  private readonly budget = new MessageBudget();

  constructor(
    private readonly socket: WebSocket,
    options: ConnectionOptions,
    private readonly sink: UpdateSink,
    private readonly logger: Logger,
    private readonly onClose: (connection: Connection) => void,
  ) {
    this.statementId = options.statementId;
    this.sessionIdHash = options.sessionIdHash;
    this.identity = options.identity;
    this.readOnly = options.readOnly;
    this.viewer = options.viewer;
    socket.binaryType = 'nodebuffer';
    socket.on('message', (data: Buffer, isBinary: boolean) => this.handleFrame(data, isBinary));
    socket.on('close', () => this.handleClose());
    socket.on('error', (error) => this.logger.debug({ err: error, connection: this.id }, 'socket error'));
  }

  get isClosed(): boolean {
    return this.closed;
  }

  /** Called once the document is fully loaded: only now does this connection sync. */
  attach(document: CollabDocument): void {
    if (this.closed) return;
    this.document = document;
    document.connections.add(this);
    this.send(syncStep1Frame(Y.encodeStateVector(document.doc)));
    const states = [...document.awareness.getStates().keys()];
    if (states.length > 0) this.send(awarenessFrame(encodeAwarenessUpdate(document.awareness, states)));
    const waiting = this.waiting;
    this.waiting = [];
    for (const frame of waiting) this.handleMessage(frame);
  }

  send(frame: Uint8Array): void {
    if (this.closed || this.socket.readyState !== this.socket.OPEN) return;
    if (this.socket.bufferedAmount > MAX_BUFFERED_BYTES) {
      this.close({ code: 1013, reason: 'too far behind' });
      return;
    }
    this.socket.send(frame, { binary: true });
  }

  close(reason: CloseReason | { code: number; reason: string }): void {
    if (this.closed) return;
    this.socket.close(reason.code, reason.reason);
    this.handleClose();
  }

  private handleFrame(data: Buffer, isBinary: boolean): void {
    if (this.closed) return;
    if (!isBinary) {
      this.close(CloseCode.badMessage);
      return;
    }
    const pauseMs = this.budget.spend();
    if (pauseMs > 0 && !this.socket.isPaused) {
      // Over its rate: stop reading this socket for a while (TCP pushes back on the sender).
      this.socket.pause();
      setTimeout(() => this.socket.resume(), pauseMs).unref();
    }
    const frame = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
    if (this.document === null) {
      this.waiting.push(frame);
      return;
    }
    this.handleMessage(frame);
  }

  private handleMessage(frame: Uint8Array): void {
    const document = this.document;
    if (document === null || this.closed) return;
    try {
      const decoder = decoding.createDecoder(frame);
      const messageType = decoding.readVarUint(decoder);
      switch (messageType) {
        case MessageType.sync:
          this.handleSync(decoder, document);
          break;
        case MessageType.awareness:
          this.handleAwareness(decoder, document);
          break;
        case MessageType.queryAwareness: {
          assertFullyRead(decoder);
          const states = [...document.awareness.getStates().keys()];
          this.send(awarenessFrame(encodeAwarenessUpdate(document.awareness, states)));
          break;
        }
        case MessageType.saved:
          this.handleSavedQuery(decoder);
          break;
        case MessageType.threads:
          assertFullyRead(decoder);
          this.wantsThreads = true;
          break;
        case MessageType.auth:
          // The stock provider's auth messages carry nothing we use: access was decided at upgrade.
          break;
        default:
          throw new Error(`unknown message type ${messageType}`);
      }
    } catch (error) {
      this.logger.warn({ err: error, connection: this.id, statement: this.statementId }, 'malformed message');
      this.close(CloseCode.badMessage);
    }
  }

  private handleSync(decoder: decoding.Decoder, document: CollabDocument): void {
    const syncType = decoding.readVarUint(decoder);
    const payload = decoding.readVarUint8Array(decoder);
    assertFullyRead(decoder);
    if (syncType === syncProtocol.messageYjsSyncStep1) {
      this.send(document.syncStep2For(payload));
      return;
    }
    if (syncType !== syncProtocol.messageYjsSyncStep2 && syncType !== syncProtocol.messageYjsUpdate) {
      throw new Error(`unknown sync message ${syncType}`);
    }
    if (!isCompleteUpdate(payload)) throw new Error('update does not decode completely');
    if (this.readOnly) {
      // Read-only: dropped here, in one place, before anything stores or forwards it.
      this.droppedUpdates++;
      return;
    }
    this.sink.submit(document, payload, this);
  }

  private handleAwareness(decoder: decoding.Decoder, document: CollabDocument): void {
    const update = decoding.readVarUint8Array(decoder);
    assertFullyRead(decoder);
    const rewritten = rewriteAwarenessIdentity(update, this.identity, (clientId) => this.mayUseClientId(clientId, document));
    if (rewritten !== null) applyAwarenessUpdate(document.awareness, rewritten, this);
  }

  /** A client id belongs to the first connection that uses it, while that connection lives. */
  private mayUseClientId(clientId: number, document: CollabDocument): boolean {
    const owner = document.awarenessOwners.get(clientId);
    if (owner === this) return true;
    if (owner !== undefined && !owner.isClosed) return false;
    if (this.awarenessClientIds.size >= MAX_AWARENESS_CLIENT_IDS) return false;
    document.awarenessOwners.set(clientId, this);
    this.awarenessClientIds.add(clientId);
    return true;
  }

  private handleSavedQuery(decoder: decoding.Decoder): void {
    const queryNumber = decoding.readVarUint(decoder);
    assertFullyRead(decoder);
    void this.sink.whenStored().then(() => this.send(savedFrame(queryNumber, !this.readOnly)));
  }

  private handleClose(): void {
    if (this.closed) return;
    this.closed = true;
    this.waiting = [];
    const document = this.document;
    if (document !== null) {
      document.connections.delete(this);
      for (const clientId of this.awarenessClientIds) {
        if (document.awarenessOwners.get(clientId) === this) document.awarenessOwners.delete(clientId);
      }
      removeAwarenessStates(document.awareness, [...this.awarenessClientIds], this);
    }
    this.onClose(this);
  }
}
