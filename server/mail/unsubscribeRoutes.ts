import express, { Router, type Response } from 'express';
import type { AppContext } from '../AppContext.ts';
import { auditEntry } from '../audit/AuditLog.ts';
import { escapeHtml } from './renderMail.ts';

function page(response: Response, status: number, title: string, body: string): void {
  response
    .status(status)
    .type('html')
    .setHeader('Cache-Control', 'no-store')
    .setHeader('Referrer-Policy', 'no-referrer')
    .send(
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)} · Accord</title></head>` +
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

  const notValid = (response: Response) =>
    page(
      response,
      404,
      'This link is not valid',
      '<p>The unsubscribe link is incomplete or altered. You can change your e-mail settings on your account page in Accord.</p>',
    );

  router.get('/mail/unsubscribe/:token', async (request, response) => {
    const user = await accountOf(request.params.token);
    if (user === null) return notValid(response);
    const action = `/mail/unsubscribe/${encodeURIComponent(request.params.token)}`;
    page(
      response,
      200,
      'Stop e-mail from Accord?',
      `<p>Accord will stop sending notification mail to <strong>${escapeHtml(user.email)}</strong>. Invitations and password-reset links you ask for still arrive. You can turn mail back on from your account page.</p>` +
        `<form method="post" action="${escapeHtml(action)}"><button type="submit" style="font:inherit;padding:.5rem 1rem;border-radius:6px;border:1px solid #0b5cad;background:#0b5cad;color:#fff;cursor:pointer">Unsubscribe</button></form>`,
    );
  });

  router.post('/mail/unsubscribe/:token', express.urlencoded({ extended: false, limit: '1kb' }), async (request, response) => {
    const user = await accountOf(request.params.token);
    if (user === null) return notValid(response);
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
    page(
      response,
      200,
      'You are unsubscribed',
      '<p>Accord will send you no more notification mail. You can turn it back on from your account page at any time.</p>',
    );
  });

  return router;
}
