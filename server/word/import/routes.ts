import express, { type Request, type RequestHandler, Router } from 'express';
import { z } from 'zod';
import { createStatementInput } from '../../../shared/schemas/statements.ts';
import type { AppContext } from '../../AppContext.ts';
import { loadActor, requireActor } from '../../auth/requireActor.ts';
import { HttpError } from '../../http/HttpError.ts';
import { parseInput } from '../../http/parseInput.ts';
import { readerLanguage } from '../../i18n/readerLanguage.ts';
import { translatorFor } from '../../i18n/serverI18n.ts';
import { perUserRateLimit } from '../../limits/perUserRateLimit.ts';
import { findStatementFor } from '../../statements/findStatementFor.ts';
import { docxLimitsOf } from './DocxLimits.ts';
import { importStatement } from './importStatement.ts';
import { replaceFromDocx } from './replaceFromDocx.ts';

export const DOCX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const previewInput = z.object({ preview: z.enum(['0', '1']).optional() });

/**
 * Word import: `POST /api/statements/import` (a new statement) and `POST /api/statements/:id/import`
 * (a drafting statement's text replaced), each with `?preview=1` for the report alone. Mounted
 * before the JSON-only rule, since the body is the .docx itself: the session is loaded and the
 * caller rate-limited here, then the content type (415) and the size (413) are checked before
 * the body is read into memory.
 */
export function createWordImportRouter(context: AppContext): Router {
  const router = Router();
  const signedIn: RequestHandler = (request, _response, next) => {
    requireActor(request);
    next();
  };
  // The reader's words for refusals, the report and the version name: their account's language, else their browser's.
  const translatorOf = (request: Request) => translatorFor(readerLanguage(request, requireActor(request).user));
  const docxOnly: RequestHandler = (request, _response, next) => {
    if (!request.is(DOCX_CONTENT_TYPE)) {
      const t = translatorOf(request);
      throw new HttpError('unsupported_media_type', t('word:refused.wrongType', { type: DOCX_CONTENT_TYPE }));
    }
    next();
  };
  const before = [
    loadActor(context.store, context.env.ACCORD_SESSION_IDLE_MINUTES * 60_000),
    perUserRateLimit(context.rateLimiters, context.env.ACCORD_REQUESTS_PER_MINUTE),
    signedIn,
    docxOnly,
    express.raw({ type: DOCX_CONTENT_TYPE, limit: docxLimitsOf(context.env).maxFileBytes }),
  ];
  const bytesOf = (request: Request): Uint8Array => {
    const body: unknown = request.body;
    if (!Buffer.isBuffer(body) || body.length === 0) {
      const t = translatorOf(request);
      throw new HttpError('bad_request', t('word:refused.emptyBody'));
    }
    return new Uint8Array(body.buffer, body.byteOffset, body.length);
  };

  router.post('/statements/import', ...before, async (request, response) => {
    const actor = requireActor(request);
    const preview = parseInput(previewInput, { preview: request.query.preview }).preview === '1';
    // i18n-ignore: a preview's title is never stored nor shown
    const title = preview && request.query.title === undefined ? 'Preview' : parseInput(createStatementInput, { title: request.query.title }).title;
    const result = await importStatement(context, actor, title, bytesOf(request), preview, translatorOf(request));
    response.status(preview ? 200 : 201).json(result);
  });

  router.post('/statements/:id/import', ...before, async (request, response) => {
    const actor = requireActor(request);
    const preview = parseInput(previewInput, { preview: request.query.preview }).preview === '1';
    const access = await findStatementFor(context.store, actor, String(request.params.id));
    const result = await replaceFromDocx(context, actor, access, bytesOf(request), preview, translatorOf(request));
    response.status(preview ? 200 : 201).json(result);
  });

  return router;
}
