import express, { type Request, Router, type Response } from 'express';
import type { Language } from '../../shared/i18n/languages.ts';
import { requestLanguage } from '../i18n/requestLanguage.ts';
import { translatorFor } from '../i18n/serverI18n.ts';
import type { UserRecord } from '../store/records.ts';
import type { AppContext } from '../AppContext.ts';
import { auditEntry } from '../audit/AuditLog.ts';
import { escapeHtml } from './renderMail.ts';

function page(response: Response, status: number, title: string, body: string, language: Language): void {
  response
    .status(status)
    .type('html')
    .setHeader('Cache-Control', 'no-store')
    .setHeader('Referrer-Policy', 'no-referrer')
    .send(
      `<!doctype html><html lang="${language}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)} · Accord</title></head>` +
        `<body style="font-family:system-ui,sans-serif;max-width:32rem;margin:4rem auto;padding:0 1rem;line-height:1.5;color:#1f2328"><h1 style="font-size:1.4rem">${escapeHtml(title)}</h1>${body}</body></html>`,
    );
}

/**
 * One-click unsubscribe (RFC 8058) at `/mail/unsubscribe/<signed user id>`, outside /api: a POST
 * (from a mail client's button, no cookie and no Origin) turns the user's e-mail off; a GET only
 * shows a page with a button that POSTs, because link scanners follow every link in a mail.
 */
export function createUnsubscribeRouter({ store, secret }: AppContext): Router {
  const router = Router();

  async function accountOf(token: string | undefined) {
    const userId = token ? secret.verify('unsubscribe', token) : null;
    const user = userId === null ? null : await store.users.findById(userId);
    return user === null || user.removedAt !== null ? null : user;
  }

  /** The account's language, else the browser's: the page is read by whoever followed the link. */
  const languageFor = (request: Request, user: UserRecord | null): Language => user?.language ?? requestLanguage(request).language;

  const notValid = (request: Request, response: Response) => {
    const language = languageFor(request, null);
    const t = translatorFor(language);
    page(response, 404, t('mail:unsubscribe.invalidTitle'), `<p>${escapeHtml(t('mail:unsubscribe.invalidBody'))}</p>`, language);
  };

  router.get('/mail/unsubscribe/:token', async (request, response) => {
    const user = await accountOf(request.params.token);
    if (user === null) return notValid(request, response);
    const action = `/mail/unsubscribe/${encodeURIComponent(request.params.token)}`;
    const language = languageFor(request, user);
    const t = translatorFor(language);
    page(
      response,
      200,
      t('mail:unsubscribe.askTitle'),
      `<p>${escapeHtml(t('mail:unsubscribe.askBody', { email: user.email }))}</p>` +
        `<form method="post" action="${escapeHtml(action)}"><button type="submit" style="font:inherit;padding:.5rem 1rem;border-radius:6px;border:1px solid #0b5cad;background:#0b5cad;color:#fff;cursor:pointer">${escapeHtml(t('mail:unsubscribe.button'))}</button></form>`,
      language,
    );
  });

  router.post('/mail/unsubscribe/:token', express.urlencoded({ extended: false, limit: '1kb' }), async (request, response) => {
    const user = await accountOf(request.params.token);
    if (user === null) return notValid(request, response);
    const before = await store.notificationSettings.find(user.id);
    if (before.email !== 'off') {
      const settings = { ...before, email: 'off' as const };
      await store.notificationSettings.set(
        user.id,
        settings,
        new Date().toISOString(),
        auditEntry({ user }, 'notifications.changed', { type: 'user', id: user.id }, { from: before, to: settings, via: 'unsubscribe' }),
      );
    }
    const language = languageFor(request, user);
    const t = translatorFor(language);
    page(response, 200, t('mail:unsubscribe.doneTitle'), `<p>${escapeHtml(t('mail:unsubscribe.doneBody'))}</p>`, language);
  });

  return router;
}
