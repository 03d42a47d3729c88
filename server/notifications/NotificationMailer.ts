import type { Logger } from '../logger.ts';
import type { MailSender } from '../mail/MailSender.ts';
import type { NoticeRecord, StatementRecord } from '../store/records.ts';
import { dueDigestPeriod, dueReminderLead } from './mailDates.ts';
import { digestMail, type NoticeMailContext, noticeMail, type ReminderLead, reminderMail, stillVisible } from './noticeMails.ts';
import { signOnNotices } from './noticesForSignOn.ts';

const BATCH = 100;

/**
 * Turns notices into mail, each recipient as they chose: `immediate` notices one mail each (a sweep
 * over unmailed notices: enqueue by key `notice-<id>`, then mark mailed; a crash between the two
 * enqueues the same key again, which the queue ignores), `daily`/`weekly` a digest at 08:00 in
 * their zone, `off` nothing. A scheduler tick also sends sign-on reminders 7 days and 1 day before
 * a deadline. Everything it sends is keyed, so a tick repeated or replayed after a restart sends
 * nothing twice, and a tick after downtime catches up.
 */
export class NotificationMailer {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private pending: { sweep: boolean; schedule: boolean } = { sweep: false, schedule: false };
  private stopped = false;
  private caughtUp = false;

  constructor(
    private readonly context: NoticeMailContext & { mail: MailSender; logger: Logger },
    private readonly scheduleMs: number,
  ) {}

  /** Sweeps and runs the schedule now, then every `scheduleMs`. */
  start(): void {
    this.timer = setInterval(() => this.request({ sweep: true, schedule: true }), this.scheduleMs);
    this.timer.unref();
    this.request({ sweep: true, schedule: true });
  }

  /** New notices were recorded: mail those of `immediate` recipients now. */
  nudge(): void {
    this.request({ sweep: true, schedule: false });
  }

  /** Stops the interval and waits for the run in flight. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer !== null) clearInterval(this.timer);
    while (this.running !== null) await this.running;
  }

  private request(work: { sweep: boolean; schedule: boolean }): void {
    if (this.stopped) return;
    this.pending = { sweep: this.pending.sweep || work.sweep, schedule: this.pending.schedule || work.schedule };
    if (this.running !== null) return;
    const next = this.pending;
    this.pending = { sweep: false, schedule: false };
    this.running = this.run(next)
      .catch((error: unknown) => this.context.logger.error({ err: error }, 'notification mail failed'))
      .finally(() => {
        this.running = null;
        if (this.pending.sweep || this.pending.schedule) this.request({ sweep: false, schedule: false });
      });
  }

  private async run(work: { sweep: boolean; schedule: boolean }): Promise<void> {
    if (work.sweep) await this.sweep();
    if (work.schedule && !this.stopped) {
      await this.digests(new Date());
      await this.reminders(new Date());
      if (!this.caughtUp && !this.stopped) {
        this.caughtUp = true;
        this.context.logger.info('notification mail caught up: notices, digests and reminders due at start are queued');
      }
    }
  }

  /** Mails every unmailed notice of `immediate` recipients (and marks those of `off` ones skipped). */
  private async sweep(): Promise<void> {
    const { store, mail } = this.context;
    while (!this.stopped) {
      const batch = await store.notices.unmailedForImmediate(BATCH);
      for (const { notice, email } of batch) {
        if (this.stopped) return;
        const at = new Date().toISOString();
        const user = await store.users.findById(notice.userId);
        if (email === 'off' || user === null || user.removedAt !== null || notice.doneAt !== null || notice.resolvedAt !== null) {
          await store.notices.markMailed([notice.id], at, 'skipped');
          continue;
        }
        // Queued already (a crash after enqueueing): only the mark is missing.
        if ((await store.mail.findByKey(`notice-${notice.id}`)) === null) {
          const composed = await noticeMail(this.context, notice, user, await store.notificationSettings.find(user.id));
          if (composed === null) {
            await store.notices.markMailed([notice.id], at, 'skipped');
            continue;
          }
          await mail.queue(composed);
        }
        await store.notices.markMailed([notice.id], at, 'mailed');
      }
      if (batch.length < BATCH) return;
    }
  }

  /**
   * Each daily or weekly reader whose period (08:00 their time, Monday for weekly) is due and not
   * handled yet gets one digest of their open notices, if there are any; either way the period is
   * then handled. A server down at 08:00 finds the period unhandled when it starts, and sends it.
   */
  private async digests(now: Date): Promise<void> {
    const { store, mail } = this.context;
    for (const user of await store.users.list()) {
      if (this.stopped) return;
      const settings = await store.notificationSettings.find(user.id);
      if (settings.email !== 'daily' && settings.email !== 'weekly') continue;
      const period = dueDigestPeriod(now, settings.email, settings.timeZone);
      if (await store.notices.digestHandled(user.id, period)) continue;
      const unmailed = await store.notices.unmailedOf(user.id);
      const open: NoticeRecord[] = [];
      const settled: NoticeRecord[] = [];
      const statements = new Map<string, StatementRecord | null>();
      for (const notice of unmailed) {
        if (!statements.has(notice.statementId)) statements.set(notice.statementId, await store.statements.findById(notice.statementId));
        const visible =
          notice.doneAt === null && notice.resolvedAt === null && (await stillVisible(store, user, notice, statements.get(notice.statementId) ?? null));
        (visible ? open : settled).push(notice);
      }
      const key = `digest-${user.id}-${period}`;
      const queued = await store.mail.findByKey(key);
      // Queued before a crash: what it listed is what it was made from (notices recorded up to then).
      const listed = queued === null ? open : open.filter((notice) => notice.createdAt <= queued.createdAt);
      // Nothing to say: no mail, but the period is handled: what arrives later waits for the next 08:00.
      if (queued === null && open.length > 0) await mail.queue(digestMail(this.context, user, settings, period, open));
      await store.notices.recordDigest(
        user.id,
        period,
        listed.map((notice) => notice.id),
        settled.map((notice) => notice.id),
        new Date().toISOString(),
      );
    }
  }

  /**
   * Sign-on reminders: 7 days before the deadline (when more than a day is left) and 1 day before, to
   * every contact of an organisation that may sign and has not decided on the current final version,
   * unless their setting is `off`. Keyed per statement, version, contact and lead: each goes once.
   */
  private async reminders(now: Date): Promise<void> {
    const { store, mail } = this.context;
    for (const statement of await store.statements.list()) {
      if (this.stopped) return;
      if (statement.stage !== 'sign-on' || statement.signOnDeadline === null || statement.finalVersion === null) continue;
      const lead: ReminderLead | null = dueReminderLead(statement.signOnDeadline, now);
      if (lead === null) continue;
      for (const draft of await signOnNotices(store, statement, null)) {
        const key = `reminder-${statement.id}-v${statement.finalVersion}-${draft.userId}-${lead}`;
        if ((await store.mail.findByKey(key)) !== null) continue;
        const settings = await store.notificationSettings.find(draft.userId);
        const user = await store.users.findById(draft.userId);
        if (settings.email === 'off' || user === null) continue;
        const composed = await reminderMail(this.context, statement, user, settings, lead, draft.kind === 'reconfirm');
        if (composed !== null) await mail.queue(composed);
      }
    }
  }
}
