/**
 * The wire protocol of `/collab/:statementId`: the y-websocket protocol (sync and awareness messages,
 * as the stock `y-websocket` provider speaks it) plus one Accord message for the "Saved" state.
 */

/** Message types; 0–3 are y-websocket's own and must never change. */
export const MessageType = {
  sync: 0,
  awareness: 1,
  auth: 2,
  queryAwareness: 3,
  /**
   * Client → server `[saved, n]`: "tell me when everything I sent before this is on disk".
   * Server → client `[saved, n]`: it is. Only clients that ask get it, so the stock provider never
   * sees a message type it does not know.
   */
  saved: 40,
  /**
   * Client → server `[threads]`: "push me comment threads of this statement as they change".
   * Server → client `[threads, json]`: one thread (a ThreadView) the user may see, after it
   * changed. Opt-in like `saved`.
   */
  threads: 41,
} as const;

/** Close codes. 4400–4499 stop the stock provider from reconnecting; 1012 asks it to come back. */
export const CloseCode = {
  serverRestart: { code: 1012, reason: 'server restarting' },
  /** The user's rights changed (say, they became a drafter): reconnect to get the new ones. */
  accessChanged: { code: 4100, reason: 'access changed' },
  badMessage: { code: 4400, reason: 'malformed message' },
  unauthorised: { code: 4401, reason: 'not signed in' },
  forbidden: { code: 4403, reason: 'no access to this statement' },
  notFound: { code: 4404, reason: 'no such statement' },
  tooLarge: { code: 4413, reason: 'message too large' },
  /** An edit would grow the statement past ACCORD_MAX_DOCUMENT_BYTES: not stored, not forwarded. */
  statementTooLarge: { code: 4413, reason: 'the statement is too large' },
  /**
   * Sync step 1 or queryAwareness asked for far more often than any editor does (each answer costs
   * the server an encode): the connection is closed, and the stock provider does not come back.
   */
  rateLimited: { code: 4429, reason: 'too many requests' },
  /** Over the cap of open connections for one user or one statement. */
  tooManyConnections: { code: 4409, reason: 'too many open connections' },
  internalError: { code: 1011, reason: 'internal error' },
  /**
   * The server lost its link to the other server processes (REDIS_URL): it serves no shared document
   * until the link is back. Outside 4400–4499, so the client says so and retries (maybe elsewhere).
   */
  unavailable: { code: 4503, reason: 'temporarily unavailable' },
} as const;

export type CloseReason = (typeof CloseCode)[keyof typeof CloseCode];

/** Path prefix of the collaboration websocket. */
export const COLLAB_PATH = '/collab';

/**
 * Version of the editor schema (shared/editor). A client that announces an older one in the
 * `schema` query parameter is connected read-only, so it cannot delete nodes it does not know.
 */
export const EDITOR_SCHEMA_VERSION = 1;

/** Query parameter carrying the client's editor schema version. */
export const SCHEMA_VERSION_PARAM = 'schema';

/** The Y.XmlFragment holding a statement's rich text (what TipTap Collaboration binds to). */
export const TEXT_FRAGMENT = 'default';

/** Largest websocket frame the server accepts from a client. */
export const MAX_FRAME_BYTES = 8 * 1024 * 1024;

/**
 * Largest frame from a read-only connection (its edits are dropped, so it has nothing big to send).
 * Bigger ones are refused by the websocket layer before they are read: close code 1009.
 */
export const READ_ONLY_MAX_FRAME_BYTES = 64 * 1024;
