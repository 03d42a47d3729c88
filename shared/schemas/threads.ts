import { z } from 'zod';
import { THREAD_VISIBILITIES } from '../comments/threadVisibility.ts';

/** A Yjs relative position, encoded (Y.encodeRelativePosition) and base64'd; small by nature. */
const anchorSchema = z.base64().min(4).max(400);

// A ceiling only: the server's ACCORD_MAX_COMMENT_CHARS (default 10000) refuses longer text with a 413.
const bodySchema = z.string().trim().min(1, 'write something').max(100_000);

const mentionsSchema = z
  .array(z.strictObject({ type: z.enum(['user', 'organisation']), id: z.string().min(1).max(64) }))
  .max(50)
  .default([]);

export const createThreadInput = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('comment'),
    anchorStart: anchorSchema,
    anchorEnd: anchorSchema,
    body: bodySchema,
    visibility: z.enum(THREAD_VISIBILITIES).default('coalition'),
    mentions: mentionsSchema,
  }),
  z.strictObject({
    kind: z.literal('suggestion'),
    anchorStart: anchorSchema,
    anchorEnd: anchorSchema,
    /** The proposed wording: empty proposes deleting the range; a collapsed range proposes an insertion. */
    replacement: z.string().max(100_000),
    /** Why: optional for a suggestion. */
    body: z.string().trim().max(100_000).default(''),
    visibility: z.enum(THREAD_VISIBILITIES).default('coalition'),
    mentions: mentionsSchema,
  }),
]);

export const replyInput = z.strictObject({ body: bodySchema, mentions: mentionsSchema });

export const editCommentInput = z.strictObject({ body: bodySchema });

export const rejectSuggestionInput = z.strictObject({ reason: z.string().trim().min(1, 'say why').max(2_000) });
