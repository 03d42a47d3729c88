/**
 * The collaboration endpoint's fixed limits (finding M8), in one place. The ones operators may want
 * to change (document size, connection caps) are environment variables instead (server/env.ts).
 */
export const collabLimits = {
  /** A writer's budget per connection: a reconnect flushes many edits, a paste can be a whole document. */
  writerBudget: {
    messages: { capacity: 2_000, perSecond: 1_000 },
    bytes: { capacity: 16 * 1024 * 1024, perSecond: 4 * 1024 * 1024 },
  },
  /** A reader's budget: it sends presence and sync requests, nothing big. Past a budget, reading pauses. */
  readerBudget: {
    messages: { capacity: 500, perSecond: 200 },
    bytes: { capacity: 512 * 1024, perSecond: 128 * 1024 },
  },
  /** Sync step 1 requests per connection: a burst, then this many per second; past it, CloseCode.rateLimited. */
  syncRequests: { capacity: 10, perSecond: 2 },
  /** queryAwareness requests per connection, limited the same way. */
  awarenessQueries: { capacity: 10, perSecond: 2 },
  /** Sync-step-2 answers kept per document, keyed by the asker's state vector, dropped when it changes. */
  syncAnswerCache: { entries: 16, bytes: 32 * 1024 * 1024 },
  /** What a connection may queue before its document is loaded; past it, its socket stops being read. */
  pendingBytes: 64 * 1024,
  /** Largest awareness state of one client, in bytes of JSON after the identity rewrite; bigger ones are dropped. */
  awarenessStateBytes: 2 * 1024,
  /** Presence changes to one document go out at most once per this many ms, all changed clients in one frame. */
  awarenessBroadcastMs: 60,
  /**
   * …and at most this many presence frames a second to all of a document's sockets together: a crowded
   * document waits longer between broadcasts (300 editors: 150 ms), since every broadcast costs a frame to
   * each of them and, from the stock provider, an echo back from each.
   */
  awarenessFramesPerSecond: 2_000,
  /** The longest wait between presence broadcasts, however crowded the document. */
  awarenessBroadcastMaxMs: 500,
  /** Refused upgrades: frames they may send before the close (none are read), and how long the close may take. */
  refusedMaxFrameBytes: 1024,
  refusedCloseGraceMs: 1_000,
} as const;
