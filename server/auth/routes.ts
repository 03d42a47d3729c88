import { Router } from 'express';
import { ipKeyGenerator, rateLimit } from 'express-rate-limit';
import { loginInput, setupInput } from '../../shared/schemas/auth.ts';
import { languageInput } from '../../shared/schemas/language.ts';
import type { AppContext } from '../AppContext.ts';
import { HttpError } from '../http/HttpError.ts';
import { parseInput } from '../http/parseInput.ts';
import { verifyPassword } from './passwords.ts';
import { requireActor } from './requireActor.ts';
import { SignInThrottle } from './SignInThrottle.ts';
import { clearSessionCookie, setSessionCookie, startSession } from './sessions.ts';
import { meView, userView } from './views.ts';

const FIFTEEN_MINUTES = 15 * 60 * 1000;

export function createAuthRouter({ env, store, setup, logger, audit, collab, rateLimiters }: AppContext): Router {
  const router = Router();
  const throttle = new SignInThrottle(
    {
      perAddressAndAccount: env.ACCORD_LOGIN_ATTEMPTS,
      perAddress: env.ACCORD_LOGIN_ATTEMPTS * 30,
      perAccount: env.ACCORD_LOGIN_ACCOUNT_FAILURES,
    },
    rateLimiters,
  );
  // The setup link is guessed against, never signed in with: every attempt counts.
  const setupLimit = rateLimit({
    windowMs: FIFTEEN_MINUTES,
    limit: env.ACCORD_LOGIN_ATTEMPTS * 30,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    handler: () => {
      throw new HttpError('too_many_requests', 'Too many attempts; wait a few minutes and try again');
    },
  });

  router.post('/auth/login', async (request, response) => {
    const input = parseInput(loginInput, request.body);
    const address = ipKeyGenerator(request.ip ?? '');
    const account = input.email.toLowerCase();
    const refused = await throttle.begin(address, account);
    if (refused !== null) {
      response.setHeader('Retry-After', String(refused.retryAfterSeconds));
      throw new HttpError('too_many_requests', 'Too many sign-in attempts; wait a few minutes and try again');
    }
    const user = await store.users.findByEmail(input.email);
    if (!(await verifyPassword(user?.passwordHash ?? null, input.password)) || user === null || user.removedAt !== null) {
      await throttle.failed(account);
      logger.info({ email: input.email }, 'failed sign-in');
      await audit.record({ email: input.email }, 'auth.signInFailed', user ? { type: 'user', id: user.id } : null, { ip: request.ip ?? null });
      throw new HttpError('unauthorised', 'Wrong e-mail address or password');
    }
    await throttle.succeeded(address, account);
    const session = await startSession(store, user.id, request);
    await audit.record({ user }, 'auth.signedIn', { type: 'user', id: user.id }, { ip: request.ip ?? null });
    setSessionCookie(request, response, session.token, session.expiresAt, env.PUBLIC_URL);
    response.json({ user: userView(user) });
  });

  router.post('/auth/logout', async (request, response) => {
    const actor = requireActor(request);
    await store.sessions.delete(actor.sessionIdHash);
    // The editor open in another tab must not stay writable under the ended session (M3).
    await collab.closeSessions([actor.sessionIdHash]);
    clearSessionCookie(request, response, env.PUBLIC_URL);
    response.status(204).end();
  });

  router.get('/me', async (request, response) => {
    const actor = requireActor(request);
    const me = meView(actor, (await store.purpose.current()).version);
    const settings = await store.notificationSettings.find(actor.user.id);
    // No zone until the user chooses one: the app then shows dates in the browser's zone.
    const timeZone = settings.chosen ? { timeZone: settings.timeZone } : {};
    response.json({ ...me, user: { ...me.user, ...timeZone, notifications: settings.email, language: actor.user.language } });
  });

  router.put('/me/language', async (request, response) => {
    const actor = requireActor(request);
    const { language } = parseInput(languageInput, request.body);
    await store.users.setLanguage(actor.user.id, language);
    response.json({ language });
  });

  router.post('/auth/logout-everywhere', async (request, response) => {
    const actor = requireActor(request);
    const ended = await store.sessions.deleteForUser(actor.user.id);
    await store.sessions.delete(actor.sessionIdHash);
    await collab.closeSessions([...ended, actor.sessionIdHash]);
    await audit.record(actor, 'auth.signedOutEverywhere', { type: 'user', id: actor.user.id }, { sessions: ended.length + 1 });
    clearSessionCookie(request, response, env.PUBLIC_URL);
    response.status(204).end();
  });

  router.get('/setup', (_request, response) => {
    response.json({ setupRequired: setup.isOpen });
  });

  router.post('/setup', setupLimit, async (request, response) => {
    const input = parseInput(setupInput, request.body);
    const user = await setup.complete(input.token, input.email, input.name, input.password);
    if (user === null) throw new HttpError('forbidden', 'This setup link is not valid (any more)');
    logger.info({ user: user.id }, 'first secretariat account created through the setup link');
    await audit.record({ user }, 'setup.firstSecretariat', { type: 'user', id: user.id });
    const session = await startSession(store, user.id, request);
    setSessionCookie(request, response, session.token, session.expiresAt, env.PUBLIC_URL);
    response.status(201).json({ user: userView(user) });
  });

  return router;
}
