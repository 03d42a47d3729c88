import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import { CloseCode, COLLAB_PATH, MAX_FRAME_BYTES, READ_ONLY_MAX_FRAME_BYTES, type CloseReason } from '../../shared/collab/protocol.ts';
import { threadsMessage } from '../../shared/collab/threadsMessage.ts';
import { userColour } from '../../shared/collab/userColour.ts';
import type { Logger } from '../logger.ts';
import { isSameOrigin } from '../http/sameOrigin.ts';
import type { DocumentUpdateEntry } from '../store/records.ts';
import type { Store } from '../store/Store.ts';
import type { ThreadView } from '../../shared/api/types.ts';
import type { CollabDocument } from './CollabDocument.ts';
import { Connection } from './Connection.ts';
import { collabLimits } from './collabLimits.ts';
import { decideAccess, decideAccessFor } from './decideAccess.ts';
import { actorFromSession, DEFAULT_SESSION_IDLE_MS } from '../auth/sessions.ts';
import { mayFindStatement, statementPolicy } from '../../shared/permissions/statementPolicy.ts';
import { threadPolicy } from '../../shared/permissions/threadPolicy.ts';
import { canSeeThread } from '../../shared/comments/threadVisibility.ts';
import { policyActorOf } from '../permissions/policyActorOf.ts';
import { policyStatementOf } from '../permissions/policyStatementOf.ts';
import type { ThreadRecord } from '../store/records.ts';
import type { DocumentRegistry } from './DocumentRegistry.ts';
import type { Revocation, RevocationPublisher } from './Revocation.ts';
import type { RedisFanout } from './RedisFanout.ts';

const STATEMENT_ID = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * The collaboration endpoint, `/collab/:statementId`, composed of its parts in one place:
 * origin check and access decision at upgrade (decideAccess), per-connection limits and the
 * read-only rule (Connection), awareness identity (rewriteAwarenessIdentity), and persistence
 * before forwarding (DocumentRegistry).
 */
export class CollabServer {
  /**
   * One websocket server per frame limit, chosen at upgrade from the access decision: writers may
   * send whole documents, readers only small frames, and refused sockets next to nothing. ws refuses
   * a frame over its limit from its header (close 1009), before reading it.
   */
  private readonly writerSockets = new WebSocketServer({ noServer: true, maxPayload: MAX_FRAME_BYTES });
  private readonly readerSockets = new WebSocketServer({ noServer: true, maxPayload: READ_ONLY_MAX_FRAME_BYTES });
  private readonly refusedSockets = new WebSocketServer({ noServer: true, maxPayload: collabLimits.refusedMaxFrameBytes });
  private accepting = true;
  private revocationPublisher: RevocationPublisher | null = null;
  private fanout: RedisFanout | null = null;

  constructor(
    private readonly store: Store,
    private readonly registry: DocumentRegistry,
    private readonly logger: Logger,
    private readonly publicUrl: string | undefined,
    private readonly caps: { perUser: number; perStatement: number } = { perUser: 20, perStatement: 200 },
    /** A session unused this long has ended: its cookie opens no socket (the sweep closes open ones). */
    private readonly sessionIdleMs: number = DEFAULT_SESSION_IDLE_MS,
  ) {}

  /** Shares comment pushes with other processes, and serves only while their link is up (REDIS_URL). */
  shareThrough(fanout: RedisFanout): void {
    this.fanout = fanout;
  }

  /** Readiness (`GET /api/ready`): serving, and linked to the other processes when there are any. */
  get isReady(): boolean {
    return this.accepting && (this.fanout === null || this.fanout.isAvailable);
  }

  /** The link to the other processes dropped: every socket closes (4503) and reconnects, here once it is back or elsewhere. */
  async closeForUnavailable(): Promise<number> {
    return this.closeConnections(() => true, CloseCode.unavailable);
  }

  /** Whether an upgrade request is for us. */
  handles(request: IncomingMessage): boolean {
    const path = (request.url ?? '').split('?')[0] ?? '';
    return path.startsWith(`${COLLAB_PATH}/`);
  }

  handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void {
    if (!this.accepting) {
      rejectUpgrade(socket, 503, 'Service Unavailable');
      return;
    }
    if (!isSameOrigin(request, this.publicUrl)) {
      rejectUpgrade(socket, 403, 'Forbidden');
      return;
    }
    const path = (request.url ?? '').split('?')[0] ?? '';
    // Only URL-safe ids exist, so the raw path segment is the id (no decoding that could throw).
    const statementId = path.slice(COLLAB_PATH.length + 1);
    socket.on('error', () => socket.destroy());
    if (this.fanout !== null && !this.fanout.isAvailable) {
      // Fails closed: serving a shared document without the link would let processes diverge.
      this.refuse(request, socket, head, CloseCode.unavailable);
      return;
    }
    void this.authorise(request, socket, head, statementId).catch((error: unknown) => {
      this.logger.error({ err: error, statement: statementId }, 'collab upgrade failed');
      rejectUpgrade(socket, 500, 'Internal Server Error');
    });
  }

  /** Closes this process's connections matching `predicate` (revoked session, removed drafter, changed access). */
  private async closeConnections(predicate: (connection: Connection) => boolean, reason: CloseReason | { code: number; reason: string }): Promise<number> {
    const matching = (await this.registry.connections()).filter(predicate);
    for (const connection of matching) connection.close(reason);
    return matching.length;
  }

  /** Revoked sessions: their sockets close for good (the stock provider does not retry 4401). */
  closeSessions(sessionIdHashes: readonly string[]): Promise<number> {
    if (sessionIdHashes.length === 0) return Promise.resolve(0);
    return this.revoke({ kind: 'closeSessions', sessionIdHashes: [...sessionIdHashes] });
  }

  /** A removed account: every socket of theirs closes for good. */
  closeUser(userId: string): Promise<number> {
    return this.revoke({ kind: 'closeUser', userId });
  }

  /** Someone's rights on one statement changed: their editors reconnect and get the new ones. */
  reconnectUserToStatement(statementId: string, userId: string): Promise<number> {
    return this.revoke({ kind: 'reconnectUserToStatement', statementId, userId });
  }

  /** A statement's stage changed (frozen, reopened): every editor reconnects and gets its new rights. */
  reconnectStatement(statementId: string): Promise<number> {
    return this.revoke({ kind: 'reconnectStatement', statementId });
  }

  recheckStatement(statementId: string): Promise<number> {
    return this.revoke({ kind: 'recheckStatement', statementId });
  }

  recheckUser(userId: string): Promise<number> {
    return this.revoke({ kind: 'recheckUser', userId });
  }

  recheckEveryone(): Promise<number> {
    return this.revoke({ kind: 'recheckEveryone' });
  }

  /** With REDIS_URL: the revocations decided here reach the other processes' sockets too. */
  publishRevocationsTo(publisher: RevocationPublisher): void {
    this.revocationPublisher = publisher;
  }

  /**
   * Runs a revocation on this process's sockets only: one decided here, or one another process
   * published. Returns how many sockets it closed.
   */
  async revokeHere(revocation: Revocation): Promise<number> {
    switch (revocation.kind) {
      case 'closeSessions': {
        const revoked = new Set(revocation.sessionIdHashes);
        return this.closeConnections((connection) => revoked.has(connection.sessionIdHash), CloseCode.unauthorised);
      }
      case 'closeUser':
        return this.closeConnections((connection) => connection.identity.id === revocation.userId, CloseCode.unauthorised);
      case 'reconnectUserToStatement':
        return this.closeConnections(
          (connection) => connection.statementId === revocation.statementId && connection.identity.id === revocation.userId,
          CloseCode.accessChanged,
        );
      case 'reconnectStatement':
        this.registry.accessChanged(revocation.statementId);
        return this.closeConnections((connection) => connection.statementId === revocation.statementId, CloseCode.accessChanged);
      case 'recheckStatement':
        return this.recheck((connection) => connection.statementId === revocation.statementId);
      case 'recheckUser':
        return this.recheck((connection) => connection.identity.id === revocation.userId);
      case 'recheckEveryone':
        return this.recheck(() => true);
    }
  }

  /**
   * Something the statement policy depends on changed (sharing, roles, drafters, purpose agreement):
   * every matching socket is decided again from its session, and closed if it may no longer read
   * (for good: 4401/4403/4404) or if its write access changed (4100: it reconnects with the new one).
   */
  private async recheck(predicate: (connection: Connection) => boolean): Promise<number> {
    let closed = 0;
    for (const connection of (await this.registry.connections()).filter(predicate)) {
      const decision = await decideAccessFor(
        this.store,
        await actorFromSession(this.store, connection.sessionIdHash, this.sessionIdleMs),
        connection.statementId,
      );
      if (!decision.granted) connection.close(decision.reason);
      else if (decision.readOnly !== connection.readOnly) connection.close(CloseCode.accessChanged);
      else continue;
      closed++;
    }
    return closed;
  }

  /** Runs `use` on a statement's live document, loading it if nobody has it open. */
  withDocument<T>(statementId: string, use: (document: CollabDocument) => T | Promise<T>): Promise<T> {
    return this.registry.withDocument(statementId, use);
  }

  /**
   * Freezes a statement's text: `commit` takes the snapshot and stores the final version with nothing
   * stored or applied in between; on success every editor reconnects (read-only) and updates that
   * arrived meanwhile are dropped.
   */
  async freezeDocument<T>(statementId: string, commit: (document: CollabDocument) => Promise<{ frozen: boolean; value: T }>): Promise<T> {
    let frozen = false;
    const value = await this.registry.freeze(statementId, async (document) => {
      const outcome = await commit(document);
      frozen = outcome.frozen;
      return outcome;
    });
    // This process's editors reconnected inside the freeze; other processes' editors do too (REDIS_URL).
    if (frozen) this.revocationPublisher?.publish({ kind: 'reconnectStatement', statementId });
    return value;
  }

  /** A change the server makes to a document: stored first, then applied and sent to every editor. */
  applyServerChange(document: CollabDocument, update: Uint8Array): Promise<void> {
    return this.registry.applyServerChange(document, update);
  }

  /** A server command's change to the text, stored with the command's own rows (DocumentRegistry.applyServerCommand). */
  applyServerCommand(document: CollabDocument, update: Uint8Array, storeWith: (entry: DocumentUpdateEntry) => Promise<number>): Promise<void> {
    return this.registry.applyServerCommand(document, update, storeWith);
  }

  /**
   * Sends a changed thread to every open editor of its statement that asked for threads and may
   * see it (the same visibility rule as every HTTP answer).
   */
  async pushThread(view: ThreadView, thread: ThreadRecord): Promise<void> {
    this.fanout?.publishThread(view, thread);
    await this.pushThreadHere(view, thread);
  }

  /** `pushThread` to this process's editors only (a push from another process arrives here). */
  async pushThreadHere(view: ThreadView, thread: ThreadRecord): Promise<void> {
    const statement = await this.store.statements.findById(thread.statementId);
    if (statement === null) return;
    const policyStatement = policyStatementOf(statement, await this.store.statements.drafterIds(statement.id));
    for (const connection of await this.registry.connections()) {
      if (connection.statementId !== thread.statementId || !connection.wantsThreads) continue;
      // A fork unshared a moment ago: its other organisations' sockets are closing; push them nothing meanwhile.
      if (!mayFindStatement({ orgId: connection.viewer.orgId }, statement) || !canSeeThread(connection.viewer, thread)) continue;
      const can = threadPolicy(statementPolicy(connection.policyActor, policyStatement), connection.viewer, thread);
      connection.send(threadsMessage.encodePush(JSON.stringify({ ...view, can })));
    }
  }

  async shutdown(): Promise<void> {
    this.accepting = false;
    await this.registry.shutdown();
    for (const sockets of [this.writerSockets, this.readerSockets, this.refusedSockets]) {
      for (const client of sockets.clients) client.terminate();
      sockets.close();
    }
  }

  /** Published first (the other processes start at once), then run here; the change it follows is committed. */
  private revoke(revocation: Revocation): Promise<number> {
    this.revocationPublisher?.publish(revocation);
    return this.revokeHere(revocation);
  }

  private async authorise(request: IncomingMessage, socket: Duplex, head: Buffer, statementId: string): Promise<void> {
    // Read before deciding: a freeze or reopen meanwhile makes this decision stale (L4).
    const epoch = this.registry.accessEpoch(statementId);
    const decision = STATEMENT_ID.test(statementId)
      ? await decideAccess(this.store, request, statementId, this.sessionIdleMs)
      : ({ granted: false, reason: { code: 4404, reason: 'no such statement' } } as const);
    if (socket.destroyed) return;
    if (!decision.granted) {
      this.refuse(request, socket, head, decision.reason);
      return;
    }
    // Counted and registered in the same turn (handleUpgrade calls back synchronously), so
    // simultaneous upgrades cannot all slip under a cap.
    const counts = this.registry.countConnections(decision.actor.user.id, statementId);
    if (counts.ofUser >= this.caps.perUser || counts.ofStatement >= this.caps.perStatement) {
      this.logger.warn({ statement: statementId, user: decision.actor.user.id, ...counts }, 'collab connection over the cap');
      this.refuse(request, socket, head, CloseCode.tooManyConnections);
      return;
    }
    const sockets = decision.readOnly ? this.readerSockets : this.writerSockets;
    sockets.handleUpgrade(request, socket, head, (webSocket: WebSocket) => {
      const { actor, readOnly } = decision;
      const connection = new Connection(
        webSocket,
        {
          statementId,
          sessionIdHash: actor.sessionIdHash,
          identity: { id: actor.user.id, name: actor.user.name, color: userColour(actor.user.id) },
          readOnly,
          viewer: { userId: actor.user.id, orgId: actor.organisation?.id ?? null, secretariat: actor.user.role === 'secretariat' },
          policyActor: policyActorOf(actor)!,
        },
        this.registry,
        this.logger,
        (closed) => this.registry.handleConnectionClosed(closed),
      );
      this.logger.debug({ connection: connection.id, statement: statementId, user: actor.user.id, readOnly }, 'collab connected');
      this.registry.connect(connection, epoch).catch((error: unknown) => {
        this.logger.error({ err: error, statement: statementId }, 'loading document failed');
        connection.close({ code: 1011, reason: 'could not load document' });
      });
    });
  }

  /**
   * Accepts, then closes with a 44xx code: the stock provider stops retrying on those. The socket
   * reads only tiny frames and is cut shortly after the close frame, whether or not the peer answers
   * it (ws would otherwise wait 30 s).
   */
  private refuse(request: IncomingMessage, socket: Duplex, head: Buffer, reason: { code: number; reason: string }): void {
    this.refusedSockets.handleUpgrade(request, socket, head, (webSocket: WebSocket) => {
      webSocket.on('error', () => undefined);
      webSocket.close(reason.code, reason.reason);
      setTimeout(() => webSocket.terminate(), collabLimits.refusedCloseGraceMs).unref();
    });
  }
}

function rejectUpgrade(socket: Duplex, status: number, text: string): void {
  if (socket.destroyed) return;
  socket.end(`HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}
