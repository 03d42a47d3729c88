import { Router } from 'express';
import type { PurposeView } from '../../shared/api/types.ts';
import { publishPurposeInput } from '../../shared/schemas/purpose.ts';
import type { AppContext } from '../AppContext.ts';
import { auditEntry } from '../audit/AuditLog.ts';
import { requireActor } from '../auth/requireActor.ts';
import { HttpError } from '../http/HttpError.ts';
import { parseInput } from '../http/parseInput.ts';
import { authorise } from '../permissions/authorise.ts';
import { rolesFor } from '../permissions/rolesFor.ts';

/**
 * The coalition's Statement of Purpose: versioned by the secretariat; an organisation agrees to a
 * version through one of its contacts, and a new version asks every organisation again.
 */
export function createPurposeRouter({ store, collab }: AppContext): Router {
  const router = Router();

  router.get('/purpose', async (request, response) => {
    const actor = requireActor(request);
    authorise(rolesFor(actor), 'purpose.read');
    const current = await store.purpose.current();
    const agreement = actor.organisation ? await store.purpose.agreement(actor.organisation.id, current.version) : null;
    const view: PurposeView = {
      version: current.version,
      text: current.text,
      createdAt: current.createdAt,
      agreement: agreement ? { agreedBy: agreement.agreedBy, agreedAt: agreement.agreedAt } : null,
    };
    response.json(view);
  });

  router.post('/purpose', async (request, response) => {
    const actor = requireActor(request);
    authorise(rolesFor(actor), 'purpose.publish');
    const { text } = parseInput(publishPurposeInput, request.body);
    const version = await store.purpose.publish(text, actor.user.id, new Date().toISOString(), (number) =>
      auditEntry(actor, 'purpose.published', { type: 'purpose', id: String(number) }, { version: number }),
    );
    // Every organisation must agree to the new version: until then its contacts' sockets close.
    await collab.recheckEveryone();
    response.status(201).json({ version });
  });

  router.post('/orgs/:id/purpose', async (request, response) => {
    const actor = requireActor(request);
    authorise(rolesFor(actor), 'organisation.agreePurpose');
    // Checked against the session: a contact agrees only for their own organisation.
    if (actor.organisation?.id !== request.params.id) {
      throw new HttpError('forbidden', 'You can agree only for your own organisation');
    }
    const { version } = await store.purpose.current();
    await store.purpose.agree(
      actor.organisation.id,
      version,
      actor.user.id,
      new Date().toISOString(),
      auditEntry(actor, 'purpose.agreed', { type: 'organisation', id: actor.organisation.id }, { version }),
    );
    response.status(204).end();
  });

  return router;
}
