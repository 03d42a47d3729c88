import { randomUUID } from 'node:crypto';
import { Router } from 'express';
import type { AccountView, SessionView } from '../../shared/api/types.ts';
import { changePasswordInput, resetPasswordInput, updateAccountInput } from '../../shared/schemas/accounts.ts';
import type { AppContext } from '../AppContext.ts';
import { hashPassword, verifyPassword } from '../auth/passwords.ts';
import { requireActor } from '../auth/requireActor.ts';
import { createToken, hashToken, setSessionCookie, startSession, clearSessionCookie } from '../auth/sessions.ts';
import { userView } from '../auth/views.ts';
import { HttpError } from '../http/HttpError.ts';
import { passwordResetMail } from '../mail/accountMails.ts';
import type { Links } from '../mail/Links.ts';
import type { MailSender } from '../mail/MailSender.ts';
import { paginate } from '../http/paginate.ts';
import { parseInput } from '../http/parseInput.ts';
import { authorise } from '../permissions/authorise.ts';
import { rolesFor } from '../permissions/rolesFor.ts';
import type { PasswordResetRecord, UserRecord } from '../store/records.ts';
import type { Store } from '../store/Store.ts';
import { DAY_MS, ONE_TIME_TOKEN, publicOrigin } from './oneTimeLinks.ts';
import { DEFAULT_LANGUAGE } from '../../shared/i18n/languages.ts';

const RESET_DAYS = 2;

function accountView({ id, email, name, role, orgId }: UserRecord): AccountView {
  return { id, email, name, role, orgId };
}

/** An account that exists and has not been removed, or a 404. */
async function findAccount(store: Store, id: string): Promise<UserRecord> {
  const user = await store.users.findById(id);
  if (user === null || user.removedAt !== null) throw new HttpError('not_found', 'No such account');
  return user;
}

/**
 * Accounts: one's own password and sessions; for the secretariat, contacts' names and roles,
 * removal, and password reset links.
 */
export function createAccountsRouter({ store, env, audit, collab, mail, links }: AppContext): Router {
  const router = Router();

  router.post('/me/password', async (request, response) => {
    const actor = requireActor(request);
    const input = parseInput(changePasswordInput, request.body);
    if (!(await verifyPassword(actor.user.passwordHash, input.currentPassword))) {
      throw new HttpError('bad_request', 'The current password is not right', [{ field: 'currentPassword', message: 'not right' }]);
    }
    await store.users.setPasswordHash(actor.user.id, await hashPassword(input.newPassword));
    // Whoever else held a session (a lost laptop, say) is signed out; this one stays.
    const ended = await store.sessions.deleteForUser(actor.user.id, actor.sessionIdHash);
    await collab.closeSessions(ended);
    await audit.record(actor, 'auth.passwordChanged', { type: 'user', id: actor.user.id }, { otherSessionsEnded: ended.length });
    response.status(204).end();
  });

  router.get('/me/sessions', async (request, response) => {
    const actor = requireActor(request);
    const sessions = await store.sessions.listForUser(actor.user.id);
    const now = new Date().toISOString();
    response.json(
      sessions
        .filter((session) => session.expiresAt > now)
        .map(({ id, createdAt, lastSeenAt, userAgent }): SessionView => ({ id, createdAt, lastSeenAt, userAgent, current: id === actor.sessionId })),
    );
  });

  router.delete('/me/sessions/:id', async (request, response) => {
    const actor = requireActor(request);
    const idHash = await store.sessions.deleteById(actor.user.id, request.params.id);
    if (idHash === null) throw new HttpError('not_found', 'No such session');
    await collab.closeSessions([idHash]);
    await audit.record(actor, 'auth.sessionRevoked', { type: 'user', id: actor.user.id }, { session: request.params.id });
    if (idHash === actor.sessionIdHash) clearSessionCookie(request, response, env.PUBLIC_URL);
    response.status(204).end();
  });

  router.get('/users', async (request, response) => {
    authorise(rolesFor(request.actor), 'account.manage');
    response.json(paginate(request, response, await store.users.list()).map(accountView));
  });

  router.patch('/users/:id', async (request, response) => {
    const actor = requireActor(request);
    authorise(rolesFor(actor), 'account.manage');
    const user = await findAccount(store, request.params.id);
    const changes = parseInput(updateAccountInput, request.body);
    if (changes.role !== undefined && user.role === 'secretariat') {
      throw new HttpError('bad_request', 'A secretariat account has no contact role');
    }
    await store.users.update(user.id, changes);
    await audit.record(actor, 'contact.updated', { type: 'user', id: user.id }, { email: user.email, from: { name: user.name, role: user.role }, to: changes });
    // A signatory made a plain contact (or back) has other rights on open statements from now on.
    if (changes.role !== undefined) await collab.recheckUser(user.id);
    response.status(204).end();
  });

  router.delete('/users/:id', async (request, response) => {
    const actor = requireActor(request);
    authorise(rolesFor(actor), 'account.manage');
    const user = await findAccount(store, request.params.id);
    if (user.id === actor.user.id) throw new HttpError('conflict', 'You cannot remove your own account');
    await store.users.remove(user.id, new Date().toISOString());
    await audit.record(actor, 'contact.removed', { type: 'user', id: user.id }, { email: user.email, orgId: user.orgId, role: user.role });
    await collab.closeUser(user.id);
    response.status(204).end();
  });

  router.post('/users/:id/password-reset', async (request, response) => {
    const actor = requireActor(request);
    authorise(rolesFor(actor), 'account.manage');
    const user = await findAccount(store, request.params.id);
    const token = await issueReset(store, mail, links, user, actor.user.id);
    await audit.record(actor, 'auth.passwordResetIssued', { type: 'user', id: user.id }, { email: user.email });
    response.status(201).json({ url: `${publicOrigin(request, env.PUBLIC_URL)}/reset-password/${token}`, token });
  });

  router.get('/password-resets/:token', async (request, response) => {
    const { user } = await openReset(store, request.params.token);
    response.json({ email: user.email, name: user.name });
  });

  router.post('/password-resets/:token', async (request, response) => {
    const { password } = parseInput(resetPasswordInput, request.body);
    const { reset, user } = await openReset(store, request.params.token);
    // Also ends every session the account had: whoever knew the old password is out.
    if (!(await store.passwordResets.use(reset.tokenHash, await hashPassword(password), new Date().toISOString()))) {
      throw new HttpError('conflict', 'This reset link has been used already');
    }
    await collab.closeUser(user.id);
    await audit.record({ user }, 'auth.passwordReset', { type: 'user', id: user.id });
    const session = await startSession(store, user.id, request);
    setSessionCookie(request, response, session.token, session.expiresAt, env.PUBLIC_URL);
    response.status(201).json({ user: userView(user) });
  });

  return router;
}

/** A new reset link for `user`, stored and mailed to them; returns its token (shown once to the secretariat). */
export async function issueReset(store: Store, mail: MailSender, links: Links, user: UserRecord, createdBy: string): Promise<string> {
  const token = createToken();
  const now = new Date();
  const expiresAt = new Date(now.getTime() + RESET_DAYS * DAY_MS).toISOString();
  await store.passwordResets.create({ tokenHash: hashToken(token), userId: user.id, createdBy, createdAt: now.toISOString(), expiresAt, usedAt: null });
  await mail.queue(
    passwordResetMail(randomUUID(), user.email, user.id, user.name, links.url(`/reset-password/${token}`), expiresAt, user.language ?? DEFAULT_LANGUAGE),
  );
  return token;
}

async function openReset(store: Store, token: string | undefined): Promise<{ reset: PasswordResetRecord; user: UserRecord }> {
  const reset = token && ONE_TIME_TOKEN.test(token) ? await store.passwordResets.findByTokenHash(hashToken(token)) : null;
  if (reset === null) throw new HttpError('not_found', 'This reset link is not valid');
  if (reset.usedAt !== null) throw new HttpError('conflict', 'This reset link has been used already');
  if (reset.expiresAt <= new Date().toISOString())
    throw new HttpError('conflict', 'This reset link has expired; ask for a new one with “Forgot your password?” on the sign-in page');
  const user = await store.users.findById(reset.userId);
  if (user === null || user.removedAt !== null) throw new HttpError('not_found', 'This reset link is not valid');
  return { reset, user };
}
