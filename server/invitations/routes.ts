import { randomUUID } from 'node:crypto';
import { Router } from 'express';
import type { InvitationView } from '../../shared/api/types.ts';
import { acceptInvitationInput, createInvitationInput } from '../../shared/schemas/invitations.ts';
import { DAY_MS, ONE_TIME_TOKEN, publicOrigin } from '../accounts/oneTimeLinks.ts';
import type { AppContext } from '../AppContext.ts';
import { invitationMail } from '../mail/accountMails.ts';
import { auditEntry } from '../audit/AuditLog.ts';
import { hashPassword } from '../auth/passwords.ts';
import { requireActor } from '../auth/requireActor.ts';
import { createToken, hashToken, setSessionCookie, startSession } from '../auth/sessions.ts';
import { userView } from '../auth/views.ts';
import { HttpError } from '../http/HttpError.ts';
import { isUniqueViolation } from '../store/isUniqueViolation.ts';
import { paginate } from '../http/paginate.ts';
import { parseInput } from '../http/parseInput.ts';
import { authorise } from '../permissions/authorise.ts';
import { rolesFor } from '../permissions/rolesFor.ts';
import type { InvitationRecord } from '../store/records.ts';
import type { Store } from '../store/Store.ts';

const INVITATION_DAYS = 7;

export function invitationView(invitation: InvitationRecord, now = new Date().toISOString()): InvitationView {
  const status = invitation.acceptedAt ? 'accepted' : invitation.revokedAt ? 'revoked' : invitation.expiresAt <= now ? 'expired' : 'pending';
  const { id, email, orgId, role, createdAt, expiresAt } = invitation;
  return { id, email, orgId, role, status, createdAt, expiresAt };
}

export function createInvitationsRouter({ store, env, mail, links }: AppContext): Router {
  const router = Router();

  router.post('/invitations', async (request, response) => {
    const actor = requireActor(request);
    authorise(rolesFor(actor), 'invitation.manage');
    const input = parseInput(createInvitationInput, request.body);
    const orgId = input.role === 'secretariat' ? null : (input.orgId ?? null);
    if (orgId !== null) {
      const organisation = await store.organisations.findById(orgId);
      if (organisation === null || organisation.removedAt !== null) throw new HttpError('bad_request', 'No organisation with that orgId');
    }
    const existing = await store.users.findByEmail(input.email);
    if (existing !== null && existing.removedAt === null) {
      throw new HttpError('conflict', 'An account with that e-mail address exists already');
    }
    const token = createToken();
    const now = new Date();
    const invitation: InvitationRecord = {
      id: randomUUID(),
      tokenHash: hashToken(token),
      email: input.email,
      orgId,
      role: input.role,
      createdBy: actor.user.id,
      createdAt: now.toISOString(),
      expiresAt: new Date(now.getTime() + INVITATION_DAYS * DAY_MS).toISOString(),
      acceptedAt: null,
      revokedAt: null,
      revokedBy: null,
    };
    await store.invitations.create(
      invitation,
      auditEntry(actor, 'invitation.created', { type: 'invitation', id: invitation.id }, { email: input.email, orgId, role: input.role }),
    );
    const url = `${publicOrigin(request, env.PUBLIC_URL)}/invitations/${token}`;
    const organisation = orgId === null ? null : ((await store.organisations.findById(orgId))?.name ?? null);
    await mail.queue(invitationMail(invitation.id, invitation.email, links.url(`/invitations/${token}`), invitation.expiresAt, organisation));
    response.status(201).json({ id: invitation.id, url, token });
  });

  router.get('/invitations', async (request, response) => {
    authorise(rolesFor(request.actor), 'invitation.manage');
    const orgId = typeof request.query.orgId === 'string' ? (request.query.orgId === 'secretariat' ? null : request.query.orgId) : undefined;
    const invitations = await store.invitations.list({ orgId });
    const now = new Date().toISOString();
    response.json(paginate(request, response, invitations).map((invitation) => invitationView(invitation, now)));
  });

  router.delete('/invitations/:id', async (request, response) => {
    const actor = requireActor(request);
    authorise(rolesFor(actor), 'invitation.manage');
    const invitation = await store.invitations.findById(request.params.id);
    if (invitation === null) throw new HttpError('not_found', 'No such invitation');
    const entry = auditEntry(actor, 'invitation.revoked', { type: 'invitation', id: invitation.id }, { email: invitation.email });
    if (!(await store.invitations.revoke(invitation.id, actor.user.id, new Date().toISOString(), entry))) {
      throw new HttpError('conflict', `This invitation cannot be revoked: it is ${invitationView(invitation).status}`);
    }
    response.status(204).end();
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
      removedAt: null,
      language: null,
    };
    let userId: string | null;
    try {
      userId = await store.invitations.accept(invitation.tokenHash, user, now, (accountId) =>
        auditEntry(
          { user: { ...user, id: accountId } },
          'invitation.accepted',
          { type: 'user', id: accountId },
          { invitationId: invitation.id, orgId: invitation.orgId, role: invitation.role },
        ),
      );
    } catch (error) {
      // Only the unique e-mail address is the caller's conflict; any other failure is ours (500).
      if (isUniqueViolation(error)) throw new HttpError('conflict', 'An account with that e-mail address exists already');
      throw error;
    }
    if (userId === null) throw new HttpError('conflict', 'This invitation has been used or revoked already');
    const account = { ...user, id: userId };
    const session = await startSession(store, account.id, request);
    setSessionCookie(request, response, session.token, session.expiresAt, env.PUBLIC_URL);
    response.status(201).json({ user: userView(account) });
  });

  return router;
}

/** The invitation behind a link, if it can still be used; otherwise a clear error. */
async function openInvitation(store: Store, token: string | undefined): Promise<InvitationRecord> {
  const invitation = token && ONE_TIME_TOKEN.test(token) ? await store.invitations.findByTokenHash(hashToken(token)) : null;
  if (invitation === null) throw new HttpError('not_found', 'This invitation link is not valid');
  if (invitation.acceptedAt !== null) throw new HttpError('conflict', 'This invitation has been used already; sign in instead');
  if (invitation.revokedAt !== null) throw new HttpError('conflict', 'This invitation was withdrawn by the secretariat');
  if (invitation.expiresAt <= new Date().toISOString()) throw new HttpError('conflict', 'This invitation has expired; ask the secretariat for a new one');
  return invitation;
}
