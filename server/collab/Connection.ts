import type { PolicyActor } from '../../shared/permissions/statementPolicy.ts';
import * as decoding from 'lib0/decoding';
import type { WebSocket } from 'ws';
import * as Y from 'yjs';
import * as syncProtocol from 'y-protocols/sync';
import { applyAwarenessUpdate, removeAwarenessStates } from 'y-protocols/awareness';
import { CloseCode, MessageType, type CloseReason } from '../../shared/collab/protocol.ts';
import type { ThreadViewer } from '../../shared/comments/threadVisibility.ts';
import type { Logger } from '../logger.ts';
import type { CollabDocument } from './CollabDocument.ts';
import { savedMessage } from '../../shared/collab/savedMessage.ts';
import { collabLimits } from './collabLimits.ts';
import { assertFullyRead, syncStep1Frame } from './frames.ts';
import { isCompleteUpdate } from './isCompleteUpdate.ts';
import { MessageBudget } from './MessageBudget.ts';
import { TokenBucket } from './TokenBucket.ts';
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
  /** Who is connected, as the statement policy sees them (for what live thread pushes say they may do). */
  policyActor: PolicyActor;
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
  readonly policyActor: PolicyActor;
  /** Whether the client asked for comment threads to be pushed (MessageType.threads). */
  wantsThreads = false;
  readonly awarenessClientIds = new Set<number>();
  droppedUpdates = 0;
  private document: CollabDocument | null = null;
  private waiting: Uint8Array[] = [];
  private waitingBytes = 0;
  /** Reading stopped until the document is attached (too much queued before it loaded). */
  private heldUntilAttached = false;
  private budgetPause: NodeJS.Timeout | null = null;
  private closed = false;
  private readonly budget: MessageBudget;
  private readonly syncRequests = new TokenBucket(collabLimits.syncRequests.capacity, collabLimits.syncRequests.perSecond);
  private readonly awarenessQueries = new TokenBucket(collabLimits.awarenessQueries.capacity, collabLimits.awarenessQueries.perSecond);

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
    this.policyActor = options.policyActor;
    this.budget = new MessageBudget(this.readOnly ? collabLimits.readerBudget : collabLimits.writerBudget);
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
    const presence = document.awarenessOfAll();
    if (presence !== null) this.send(presence);
    const waiting = this.waiting;
    this.waiting = [];
    this.waitingBytes = 0;
    for (const frame of waiting) this.handleMessage(frame);
    if (this.heldUntilAttached) {
      this.heldUntilAttached = false;
      if (this.budgetPause === null && !this.closed) this.socket.resume();
    }
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
    const pauseMs = this.budget.spend(data.byteLength);
    if (pauseMs > 0 && this.budgetPause === null) {
      // Over its rate: stop reading this socket for a while (TCP pushes back on the sender).
      this.socket.pause();
      this.budgetPause = setTimeout(() => {
        this.budgetPause = null;
        if (!this.heldUntilAttached && !this.closed) this.socket.resume();
      }, pauseMs);
      this.budgetPause.unref();
    }
    const frame = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
    if (this.document === null) {
      this.waiting.push(frame);
      this.waitingBytes += frame.byteLength;
      if (this.waitingBytes > collabLimits.pendingBytes && !this.heldUntilAttached) {
        // Nothing queued is looked at before the document loads: stop reading rather than pile up frames.
        this.heldUntilAttached = true;
        this.socket.pause();
      }
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
          if (!this.awarenessQueries.tryTake()) {
            this.refuseRate('queryAwareness');
            return;
          }
          const presence = document.awarenessOfAll();
          if (presence !== null) this.send(presence);
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
    if (syncType === syncProtocol.messageYjsSyncStep1) {
      const stateVector = decoding.readVarUint8Array(decoder);
      assertFullyRead(decoder);
      if (!this.syncRequests.tryTake()) {
        this.refuseRate('sync step 1');
        return;
      }
      this.send(document.syncStep2For(stateVector));
      return;
    }
    if (syncType !== syncProtocol.messageYjsSyncStep2 && syncType !== syncProtocol.messageYjsUpdate) {
      throw new Error(`unknown sync message ${syncType}`);
    }
    if (this.readOnly) {
      // Read-only: dropped here, in one place, before anything decodes, stores or forwards it
      // (the stock provider sends a sync step 2 at start, so this is not an error).
      this.droppedUpdates++;
      return;
    }
    const payload = decoding.readVarUint8Array(decoder);
    assertFullyRead(decoder);
    if (!isCompleteUpdate(payload)) throw new Error('update does not decode completely');
    this.sink.submit(document, payload, this);
  }

  private handleAwareness(decoder: decoding.Decoder, document: CollabDocument): void {
    const update = decoding.readVarUint8Array(decoder);
    assertFullyRead(decoder);
    const rewritten = rewriteAwarenessIdentity(update, this.identity, (clientId, clock) => this.mayUseClientId(clientId, clock, document));
    if (rewritten !== null) applyAwarenessUpdate(document.awareness, rewritten, this);
  }

  /**
   * A client id belongs to the first connection that uses it, while that connection lives. An entry
   * whose clock the document already has is an echo (the stock provider sends every presence it hears
   * back): it never claims an id, or a departed client's last caret would live on as a ghost.
   */
  private mayUseClientId(clientId: number, clock: number, document: CollabDocument): boolean {
    const owner = document.awarenessOwners.get(clientId);
    if (owner === this) return true;
    if (owner !== undefined && !owner.isClosed) return false;
    const known = document.awareness.meta.get(clientId);
    if (known !== undefined && clock <= known.clock) return false;
    if (owner === undefined && document.remoteClientIds.has(clientId) && document.awareness.getStates().has(clientId)) return false;
    if (this.awarenessClientIds.size >= MAX_AWARENESS_CLIENT_IDS) return false;
    document.awarenessOwners.set(clientId, this);
    this.awarenessClientIds.add(clientId);
    return true;
  }

  private handleSavedQuery(decoder: decoding.Decoder): void {
    const queryNumber = savedMessage.decodeQuery(decoder);
    assertFullyRead(decoder);
    void this.sink.whenStored().then(() => this.send(savedMessage.encodeAnswer(queryNumber, !this.readOnly)));
  }

  /** Sync step 1 and queryAwareness each cost an encode: asked for far too often, the connection ends. */
  private refuseRate(request: string): void {
    this.logger.warn({ connection: this.id, statement: this.statementId, user: this.identity.id, request }, 'collab request rate exceeded');
    this.close(CloseCode.rateLimited);
  }

  private handleClose(): void {
    if (this.closed) return;
    this.closed = true;
    this.waiting = [];
    this.waitingBytes = 0;
    if (this.budgetPause !== null) clearTimeout(this.budgetPause);
    this.budgetPause = null;
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
