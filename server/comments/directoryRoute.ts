import { Router } from 'express';
import type { MentionableView } from '../../shared/api/types.ts';
import type { AppContext } from '../AppContext.ts';
import { requireActor } from '../auth/requireActor.ts';
import { paginate } from '../http/paginate.ts';
import { authorise } from '../permissions/authorise.ts';
import { rolesFor } from '../permissions/rolesFor.ts';

/** Who can be @mentioned in a comment: every active person (by name) and organisation of the coalition. */
export function createDirectoryRouter({ store }: AppContext): Router {
  const router = Router();
  router.get('/mentionable', async (request, response) => {
    authorise(rolesFor(requireActor(request)), 'coalition.read');
    const [users, organisations] = await Promise.all([store.users.list(), store.organisations.list()]);
    const orgName = new Map(organisations.map((organisation) => [organisation.id, organisation.name]));
    const entries: MentionableView[] = [
      ...users.map((user) => ({ type: 'user' as const, id: user.id, name: user.name, organisation: user.orgId ? (orgName.get(user.orgId) ?? null) : null })),
      ...organisations.map((organisation) => ({ type: 'organisation' as const, id: organisation.id, name: organisation.name, organisation: null })),
    ];
    response.json(paginate(request, response, entries));
  });
  return router;
}
