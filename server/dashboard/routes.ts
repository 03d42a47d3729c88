import { Router } from 'express';
import { dashboardQuery } from '../../shared/schemas/dashboard.ts';
import type { AppContext } from '../AppContext.ts';
import { requireActor } from '../auth/requireActor.ts';
import { parseInput } from '../http/parseInput.ts';
import { readerLanguage } from '../i18n/readerLanguage.ts';
import { authorise } from '../permissions/authorise.ts';
import { rolesFor } from '../permissions/rolesFor.ts';
import { dashboardView } from './dashboardView.ts';

/** GET /api/dashboard: the signed-in user's statements by stage, deadlines, needs, recent activity (and the secretariat's tally). */
export function createDashboardRouter({ store }: AppContext): Router {
  const router = Router();
  router.get('/dashboard', async (request, response) => {
    const actor = requireActor(request);
    authorise(rolesFor(actor), 'coalition.read');
    parseInput(dashboardQuery, request.query);
    response.json(await dashboardView(store, actor, readerLanguage(request, actor.user)));
  });
  return router;
}
