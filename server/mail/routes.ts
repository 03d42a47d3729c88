import { Router } from 'express';
import type { NotificationSettingsView, OutboxEntryView, OutboxPageView } from '../../shared/api/types.ts';
import { forgotPasswordInput, notificationSettingsInput, outboxQuery } from '../../shared/schemas/notifications.ts';
import { issueReset } from '../accounts/routes.ts';
import type { AppContext } from '../AppContext.ts';
import { auditEntry } from '../audit/AuditLog.ts';
import { requireActor } from '../auth/requireActor.ts';
import { HttpError } from '../http/HttpError.ts';
import { parseInput } from '../http/parseInput.ts';
import { authorise } from '../permissions/authorise.ts';
import { rolesFor } from '../permissions/rolesFor.ts';
import type { QueuedMailRecord } from '../store/records.ts';
import { composeMessage, mailIdentity, rawMessage } from './composeMessage.ts';

const FORGOT_WINDOW_SECONDS = 60 * 60;

function outboxEntry({ id, key, to, subject, status, attempts, lastError, createdAt, sentAt, nextAttemptAt }: QueuedMailRecord): OutboxEntryView {
  return { id, key, to, subject, status, attempts, lastError, createdAt, sentAt, nextAttemptAt };
}

/** E-mail out: one's notification settings, "Forgot your password?", and the secretariat's outbox. */
export function createMailRouter({ store, env, mail, links, secret, logger, rateLimiters }: AppContext): Router {
  const router = Router();
  // Per address: a script cannot mail-bomb many people; per e-mail: nor one person (quietly: still 204).
  const forgotPerAddress = rateLimiters.create({ keyPrefix: 'forgot-address', points: 10, duration: FORGOT_WINDOW_SECONDS });
  const forgotPerEmail = rateLimiters.create({ keyPrefix: 'forgot-email', points: 3, duration: FORGOT_WINDOW_SECONDS });

  router.get('/me/notifications', async (request, response) => {
    const actor = requireActor(request);
    const { email, timeZone } = await store.notificationSettings.find(actor.user.id);
    const settings: NotificationSettingsView = { email, timeZone };
    response.json(settings);
  });

  router.put('/me/notifications', async (request, response) => {
    const actor = requireActor(request);
    const settings = parseInput(notificationSettingsInput, request.body);
    const before = await store.notificationSettings.find(actor.user.id);
    await store.notificationSettings.set(
      actor.user.id,
      settings,
      new Date().toISOString(),
      auditEntry(
        actor,
        'notifications.changed',
        { type: 'user', id: actor.user.id },
        { from: { email: before.email, timeZone: before.timeZone }, to: settings },
      ),
    );
    const view: NotificationSettingsView = settings;
    response.json(view);
  });

  router.post('/auth/forgot', async (request, response) => {
    const { email } = parseInput(forgotPasswordInput, request.body);
    try {
      await forgotPerAddress.consume(request.ip ?? 'unknown');
    } catch {
      throw new HttpError('too_many_requests', 'Too many reset requests from here; try again in an hour');
    }
    // The same answer, as fast, whether or not the account exists (no account oracle): the work comes after.
    response.status(204).end();
    try {
      if (
        !(await forgotPerEmail.consume(email).then(
          () => true,
          () => false,
        ))
      )
        return;
      const user = await store.users.findByEmail(email);
      if (user === null || user.removedAt !== null) return;
      await issueReset(store, mail, links, user, user.id);
      await store.audit.append(auditEntry({ user }, 'auth.passwordResetRequested', { type: 'user', id: user.id }));
    } catch (error) {
      logger.error({ err: error }, 'a requested password reset could not be mailed');
    }
  });

  router.get('/admin/outbox', async (request, response) => {
    authorise(rolesFor(request.actor), 'mail.read');
    const filter = parseInput(outboxQuery, request.query);
    const mails = await store.mail.list(filter);
    const page: OutboxPageView = {
      entries: mails.map(outboxEntry),
      nextBefore: mails.length === filter.limit ? (mails.at(-1)?.id ?? null) : null,
      mode: mail.mode,
      retryMs: env.ACCORD_MAIL_RETRY_MS,
    };
    response.json(page);
  });

  router.get('/admin/outbox/:id.eml', async (request, response) => {
    authorise(rolesFor(request.actor), 'mail.read');
    const id = Number(request.params.id);
    const queued = Number.isSafeInteger(id) && id > 0 ? await store.mail.findById(id) : null;
    if (queued === null) throw new HttpError('not_found', 'No such mail');
    const raw = await rawMessage(composeMessage(queued, mailIdentity(env), links, secret));
    response.type('message/rfc822');
    response.setHeader('Content-Disposition', `attachment; filename="${queued.key}.eml"`);
    response.send(raw);
  });

  return router;
}
