import { randomBytes, randomUUID } from 'node:crypto';
import { Router } from 'express';
import { dateBefore } from '../../shared/consultations/milestoneDates.ts';
import { parseDeadline } from '../../shared/consultations/parseDeadline.ts';
import { can } from '../../shared/permissions/permissions.ts';
import { createConsultationInput, updateConsultationInput } from '../../shared/schemas/consultations.ts';
import { publicOrigin } from '../accounts/oneTimeLinks.ts';
import type { AppContext } from '../AppContext.ts';
import { auditEntry } from '../audit/AuditLog.ts';
import { contentHash } from '../audit/contentHash.ts';
import { requireActor } from '../auth/requireActor.ts';
import { HttpError } from '../http/HttpError.ts';
import { parseInput } from '../http/parseInput.ts';
import { authorise } from '../permissions/authorise.ts';
import { rolesFor } from '../permissions/rolesFor.ts';
import { consultationSummary, consultationView } from './consultationView.ts';

/** The UTC instant a typed deadline names in its zone; a 400 saying what is wrong otherwise. */
export function deadlineInstant(deadline: string, timeZone: string): string {
  const parsed = parseDeadline(deadline, timeZone);
  if (!parsed.ok) throw new HttpError('bad_request', parsed.message);
  return parsed.at;
}

/** Consultations (read with the coalition, managed by the secretariat) and each user's calendar feed address. */
export function createConsultationsRouter({ store, env, secret }: AppContext): Router {
  const router = Router();

  const findConsultation = async (id: string) => {
    const consultation = await store.consultations.findById(id);
    if (consultation === null) throw new HttpError('not_found', 'No such consultation');
    return consultation;
  };

  router.post('/consultations', async (request, response) => {
    const actor = requireActor(request);
    authorise(rolesFor(actor), 'consultation.manage');
    const input = parseInput(createConsultationInput, request.body);
    const now = new Date().toISOString();
    const consultation = {
      id: randomUUID(),
      name: input.name,
      body: input.body,
      url: input.url,
      deadline: deadlineInstant(input.deadline, input.timeZone),
      timeZone: input.timeZone,
      public: input.public ?? false,
      createdBy: actor.user.id,
      createdAt: now,
      updatedAt: now,
    };
    await store.consultations.create(
      consultation,
      auditEntry(
        actor,
        'consultation.created',
        { type: 'consultation', id: consultation.id },
        { deadline: consultation.deadline, timeZone: consultation.timeZone },
      ),
    );
    response.status(201).json({ id: consultation.id });
  });

  router.get('/consultations', async (request, response) => {
    authorise(rolesFor(request.actor), 'coalition.read');
    const consultations = await store.consultations.list();
    response.json(await Promise.all(consultations.map((consultation) => consultationSummary(store, consultation))));
  });

  router.get('/consultations/:id', async (request, response) => {
    const actor = requireActor(request);
    authorise(rolesFor(actor), 'coalition.read');
    const consultation = await findConsultation(request.params.id);
    response.json(await consultationView(store, actor, consultation, can(rolesFor(actor), 'consultation.manage')));
  });

  router.patch('/consultations/:id', async (request, response) => {
    const actor = requireActor(request);
    authorise(rolesFor(actor), 'consultation.manage');
    const { deadline, reason, ...edits } = parseInput(updateConsultationInput, request.body);
    let consultation = await findConsultation(request.params.id);
    const subject = { type: 'consultation', id: consultation.id };
    const at = new Date().toISOString();
    if (Object.values(edits).some((value) => value !== undefined)) {
      // Which fields changed, never their words (the audit keeps ids and hashes).
      const changed = Object.keys(edits).filter((key) => edits[key as keyof typeof edits] !== undefined);
      consultation =
        (await store.consultations.update(consultation.id, edits, at, auditEntry(actor, 'consultation.updated', subject, { changed }))) ?? consultation;
    }
    if (deadline !== undefined && reason !== undefined) {
      const to = deadlineInstant(deadline, consultation.timeZone);
      if (to !== consultation.deadline) {
        const { timeZone } = consultation;
        const moved = await store.consultations.moveDeadline({
          consultationId: consultation.id,
          from: consultation.deadline,
          to,
          reason,
          movedBy: actor.user.id,
          at,
          audit: auditEntry(actor, 'consultation.deadlineMoved', subject, { from: consultation.deadline, to, reasonHash: contentHash(reason) }),
          signOnCloseOf: (daysBefore) => dateBefore(to, timeZone, daysBefore),
        });
        if (!moved) throw new HttpError('conflict', 'Someone else moved this deadline just now: reload and try again');
      }
    }
    response.json(await consultationView(store, actor, await findConsultation(consultation.id), true));
  });

  router.get('/me/calendar', async (request, response) => {
    const actor = requireActor(request);
    const feedId = await store.calendarFeeds.create(actor.user.id, randomBytes(16).toString('base64url'), new Date().toISOString());
    response.json({ url: `${publicOrigin(request, env.PUBLIC_URL)}/calendar/${secret.sign('calendar', feedId)}.ics` });
  });

  router.delete('/me/calendar', async (request, response) => {
    const actor = requireActor(request);
    await store.calendarFeeds.revoke(actor.user.id);
    response.status(204).end();
  });

  return router;
}
