import { randomUUID } from 'node:crypto';
import { DEFAULT_LANGUAGE } from '../../shared/i18n/languages.ts';
import { translatorFor } from '../i18n/serverI18n.ts';
import type { Logger } from '../logger.ts';
import type { AuditEntryRecord, NoticeRecord } from '../store/records.ts';
import type { Store } from '../store/Store.ts';
import { deriveNotices } from './deriveNotices.ts';
import { type Derived, NOTHING } from './noticeContext.ts';
import { noticeTitle } from './noticeWording.ts';

/** Attempts at deriving one entry's notices before it is skipped, so one bad entry cannot stop every notice after it. */
const ATTEMPTS_PER_ENTRY = 5;

/** Called with the notices a batch recorded, after its transaction committed (e-mail hangs here). */
export type NoticesRecorded = (notices: readonly NoticeRecord[]) => void | Promise<void>;

/**
 * Follows the audit log and turns its entries into "What needs me" notices. Every command appends
 * exactly one audit entry in its own transaction, so following the log loses and invents nothing:
 * each batch records its notices (idempotent by key) and moves the cursor in one transaction, so a
 * crash between batches replays nothing twice and skips nothing.
 */
export class NoticeFollower {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private again = false;
  private stopped = false;
  private failed: { sequence: number; attempts: number } | null = null;

  constructor(
    private readonly store: Store,
    private readonly logger: Logger,
    private readonly options: { pollMs: number; batchSize?: number; onRecorded?: NoticesRecorded },
  ) {}

  start(): void {
    this.timer = setInterval(() => this.nudge(), this.options.pollMs);
    this.timer.unref();
    this.nudge();
  }

  /** Follows the log now (after a command, or on the interval); one run at a time. */
  nudge(): void {
    if (this.stopped) return;
    if (this.running !== null) {
      this.again = true;
      return;
    }
    this.running = this.follow()
      .catch((error: unknown) => this.logger.error({ err: error }, 'following the audit log for notices failed'))
      .finally(() => {
        this.running = null;
        if (this.again) {
          this.again = false;
          this.nudge();
        }
      });
  }

  /** Stops the interval and waits for the batch in flight. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer !== null) clearInterval(this.timer);
    await this.settled();
  }

  /** Resolves once no run is in flight (nor asked for). */
  async settled(): Promise<void> {
    while (this.running !== null) await this.running;
  }

  /** Reads and records bounded batches until the log is followed to its end (or the follower stops). */
  private async follow(): Promise<void> {
    const batchSize = this.options.batchSize ?? 100;
    while (!this.stopped) {
      const cursor = await this.store.notices.cursor();
      const entries = await this.store.audit.scan(cursor, batchSize);
      if (entries.length === 0) return;
      const batch = [];
      // The stored title: English, what an older reader of the row (or a rollback) shows.
      const english = translatorFor(DEFAULT_LANGUAGE);
      for (const entry of entries) {
        const derived = await this.derive(entry);
        const notices: NoticeRecord[] = derived.notices.map((draft) => ({
          ...draft,
          title: noticeTitle(english, { title: '', message: draft.message }),
          id: randomUUID(),
          key: `${entry.sequence}:${draft.userId}:${draft.kind}`,
          sequence: entry.sequence,
          createdAt: entry.at,
          doneAt: null,
          resolvedAt: null,
        }));
        batch.push({ sequence: entry.sequence, at: entry.at, notices, resolutions: derived.resolutions });
      }
      const recorded = await this.store.notices.record(batch, entries.at(-1)!.sequence);
      if (recorded.length > 0) await this.options.onRecorded?.(recorded);
      if (entries.length < batchSize) return;
    }
  }

  /**
   * The notices of one entry. A failure is retried on the next run (nothing is lost to a passing
   * fault such as a busy database); after ATTEMPTS_PER_ENTRY the entry is skipped and logged, so a
   * bug in one derivation does not silence everything after it.
   */
  private async derive(entry: AuditEntryRecord): Promise<Derived> {
    try {
      const derived = await deriveNotices(this.store, entry);
      if (this.failed?.sequence === entry.sequence) this.failed = null;
      return derived;
    } catch (error) {
      const attempts = this.failed?.sequence === entry.sequence ? this.failed.attempts + 1 : 1;
      this.failed = { sequence: entry.sequence, attempts };
      if (attempts < ATTEMPTS_PER_ENTRY) throw error;
      this.logger.error({ err: error, audit: entry.sequence, action: entry.action }, 'skipping an audit entry whose notices could not be derived');
      this.failed = null;
      return NOTHING;
    }
  }
}
