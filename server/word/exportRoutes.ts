import { Router, type Response } from 'express';
import type { AppContext } from '../AppContext.ts';
import { requireActor } from '../auth/requireActor.ts';
import { parseInput } from '../http/parseInput.ts';
import { viewerOf } from '../comments/viewerOf.ts';
import { findStatementFor } from '../statements/findStatementFor.ts';
import { diffBudget } from '../versions/diffBudget.ts';
import { liveWordExport } from './export/liveWordExport.ts';
import { redlineDocx } from './export/redlineDocx.ts';
import { redlineQuery } from './export/redlineQuery.ts';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

function sendDocx(response: Response, filename: string, body: Buffer): void {
  response.setHeader('Content-Disposition', `attachment; filename="${filename}"`);
  response.setHeader('Content-Length', String(body.length));
  response.type(DOCX).end(body);
}

/**
 * Word files of a statement for its readers (the statement policy's `statement.read`): the live
 * text with the open suggestions and comment threads the reader may see, and redlines between
 * versions.
 */
export function createWordExportRouter({ store, collab, env }: AppContext): Router {
  const router = Router();
  const budget = diffBudget(env);

  router.get('/statements/:id/export.docx', async (request, response) => {
    const actor = requireActor(request);
    const access = await findStatementFor(store, actor, request.params.id);
    sendDocx(response, `${access.statement.slug}.docx`, await liveWordExport({ store, collab }, access, viewerOf(actor)));
  });

  router.get('/statements/:id/redline.docx', async (request, response) => {
    const { statement } = await findStatementFor(store, requireActor(request), request.params.id);
    const { from, to } = parseInput(redlineQuery, request.query);
    const body = await redlineDocx({ store, collab, budget }, statement, from, to);
    sendDocx(response, `${statement.slug}-v${from}-to-${to === 'live' ? 'live' : `v${to}`}-redline.docx`, body);
  });

  return router;
}
