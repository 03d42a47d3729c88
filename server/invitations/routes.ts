import { randomUUID } from 'node:crypto';
import { Router, type Request } from 'express';
import { acceptInvitationInput, createInvitationInput } from '../../shared/schemas/invitations.ts';
import type { AppContext } from '../AppContext.ts';
import { hashPassword } from '../auth/passwords.ts';
import { requireActor } from '../auth/requireActor.ts';
import { createToken, hashToken, setSessionCookie, startSession } from '../auth/sessions.ts';
import { userView } from '../auth/views.ts';
import { HttpError } from '../http/HttpError.ts';
import { parseInput } from '../http/parseInput.ts';
import { authorise } from '../permissions/authorise.ts';
import { rolesFor } from '../permissions/rolesFor.ts';
import type { InvitationRecord } from '../store/records.ts';
import type { Store } from '../store/Store.ts';

const INVITATION_DAYS = 7;
const TOKEN = /^[A-Za-z0-9_-]{20,100}$/;

export function createInvitationsRouter({ store, env }: AppContext): Router {
  const router = Router();

  router.post('/invitations', async (request, response) => {
    const actor = requireActor(request);
    authorise(rolesFor(actor), 'invitation.create');
    const input = parseInput(createInvitationInput, request.body);
    const orgId = input.role === 'secretariat' ? null : (input.orgId ?? null);
    if (orgId !== null && (await store.organisations.findById(orgId)) === null) {
      throw new HttpError('bad_request', 'No organisation with that orgId');
    }
    if ((await store.users.findByEmail(input.email)) !== null) {
      throw new HttpError('conflict', 'An account with that e-mail address exists already');
    }
    const token = createToken();
    const now = new Date();
    await store.invitations.create({
      tokenHash: hashToken(token),
      email: input.email,
      orgId,
      role: input.role,
      createdBy: actor.user.id,
      createdAt: now.toISOString(),
      expiresAt: new Date(now.getTime() + INVITATION_DAYS * 24 * 60 * 60 * 1000).toISOString(),
      acceptedAt: null,
    });
    const url = `${publicOrigin(request, env.PUBLIC_URL)}/invitations/${token}`;
    response.status(201).json({ url, token });
  });

  router.get('/invitations/:token', async (request, response) => {
    const invitation = await openInvitation(store, request.params.token);
    const organisation = invitation.orgId ? await store.organisations.findById(invitation.orgId) : null;
    response.json({
      email: invitation.email,
      role: invitation.role,
      org: organisation ? { id: organisation.id, name: organisation.name, category: organisation.category } : null,
      expiresAt: invitation.expiresAt,
    });
  });

  router.post('/invitations/:token/accept', async (request, response) => {
    const input = parseInput(acceptInvitationInput, request.body);
    const invitation = await openInvitation(store, request.params.token);
    const now = new Date().toISOString();
    const user = {
      id: randomUUID(),
      email: invitation.email,
      name: input.name,
      passwordHash: await hashPassword(input.password),
      role: invitation.role,
      orgId: invitation.orgId,
      createdAt: now,
    };
    let accepted: boolean;
    try {
      accepted = await store.invitations.accept(invitation.tokenHash, user, now);
    } catch {
      throw new HttpError('conflict', 'An account with that e-mail address exists already');
    }
    if (!accepted) throw new HttpError('conflict', 'This invitation has been used already');
    const session = await startSession(store, user.id);
    setSessionCookie(request, response, session.token, session.expiresAt);
    response.status(201).json({ user: userView(user) });
  });

  return router;
}

/** The invitation behind a link, if it can still be used; otherwise a clear error. */
async function openInvitation(store: Store, token: string | undefined): Promise<InvitationRecord> {
  const invitation = token && TOKEN.test(token) ? await store.invitations.findByTokenHash(hashToken(token)) : null;
  if (invitation === null) throw new HttpError('not_found', 'This invitation link is not valid');
  if (invitation.acceptedAt !== null) throw new HttpError('conflict', 'This invitation has been used already');
  if (invitation.expiresAt <= new Date().toISOString()) throw new HttpError('conflict', 'This invitation has expired; ask the secretariat for a new one');
  return invitation;
}

function publicOrigin(request: Request, publicUrl: string | undefined): string {
  if (publicUrl !== undefined) return new URL(publicUrl).origin;
  return `${request.protocol}://${request.get('host') ?? 'localhost'}`;
}
