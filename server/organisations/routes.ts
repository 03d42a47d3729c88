import { randomUUID } from 'node:crypto';
import { Router } from 'express';
import { createOrganisationInput } from '../../shared/schemas/organisations.ts';
import type { AppContext } from '../AppContext.ts';
import { requireActor } from '../auth/requireActor.ts';
import { HttpError } from '../http/HttpError.ts';
import { parseInput } from '../http/parseInput.ts';
import { authorise } from '../permissions/authorise.ts';
import { rolesFor } from '../permissions/rolesFor.ts';
import { CURRENT_PURPOSE_VERSION } from './purpose.ts';

export function createOrganisationsRouter({ store }: AppContext): Router {
  const router = Router();

  router.post('/orgs', async (request, response) => {
    authorise(rolesFor(request.actor), 'organisation.create');
    const input = parseInput(createOrganisationInput, request.body);
    const id = randomUUID();
    await store.organisations.create({ id, ...input, createdAt: new Date().toISOString() });
    response.status(201).json({ id });
  });

  router.get('/orgs', async (request, response) => {
    authorise(rolesFor(request.actor), 'organisation.create');
    const organisations = await store.organisations.list();
    response.json(organisations.map(({ id, name, kind, category, country }) => ({ id, name, kind, category, country })));
  });

  router.post('/orgs/:id/purpose', async (request, response) => {
    const actor = requireActor(request);
    authorise(rolesFor(actor), 'organisation.agreePurpose');
    // Checked against the session: a contact agrees only for their own organisation.
    if (actor.organisation?.id !== request.params.id) {
      throw new HttpError('forbidden', 'You can agree only for your own organisation');
    }
    await store.organisations.recordPurposeAgreement(actor.organisation.id, CURRENT_PURPOSE_VERSION, actor.user.id, new Date().toISOString());
    response.status(204).end();
  });

  return router;
}
