/** Whether the server has everything this browser changed, as far as the last answer says. */
export type SaveState = 'saved' | 'saving' | 'unsaved';

/**
 * Tracks the "Saved" state truthfully. Each local change bumps a counter; a query `n` sent to the
 * server is answered only once everything sent before it is on disk, and then confirms the changes
 * counted when it was sent. Saved means: the latest answer covers every change made so far.
 */
export class SavedTracker {
  private changes = 0;
  /** Changes confirmed stored; -1 until the first answer (IndexedDB may hold unsent edits). */
  private confirmed = -1;
  private nextQuery = 1;
  private inFlight: { query: number; changes: number } | null = null;
  private connected = false;
  readOnly = false;

  constructor(
    private readonly sendQuery: (query: number) => void,
    private readonly onChange: (state: SaveState) => void,
  ) {}

  get state(): SaveState {
    if (this.confirmed >= this.changes) return 'saved';
    return this.inFlight !== null ? 'saving' : 'unsaved';
  }

  /** A change made here (typed, or restored from IndexedDB). */
  handleLocalChange(): void {
    this.changes++;
    this.query();
    this.onChange(this.state);
  }

  /** The provider finished a sync handshake: everything local has been offered to the server. */
  handleSynced(): void {
    this.connected = true;
    this.inFlight = null;
    this.query();
    this.onChange(this.state);
  }

  handleDisconnected(): void {
    this.connected = false;
    // An answer to a query on a closed socket never comes.
    this.inFlight = null;
    this.onChange(this.state);
  }

  handleAnswer(query: number, accepted: boolean): void {
    if (this.inFlight === null || this.inFlight.query !== query) return;
    this.readOnly = !accepted;
    if (accepted) this.confirmed = Math.max(this.confirmed, this.inFlight.changes);
    this.inFlight = null;
    if (accepted && this.confirmed < this.changes) this.query();
    this.onChange(this.state);
  }

  private query(): void {
    if (!this.connected || this.inFlight !== null) return;
    this.inFlight = { query: this.nextQuery++, changes: this.changes };
    this.sendQuery(this.inFlight.query);
  }
}
