import { z } from 'zod';

// Control characters (tab and line breaks too: a title is one line), the two non-characters XML
// forbids, and lone UTF-16 surrogates: none can be written in an Atom feed or a Word file.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is this pattern's purpose: titles refuse them
const UNWRITABLE_IN_A_TITLE = /[\u0000-\u001F\u007F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export const statementTitleSchema = z
  .string()
  .trim()
  .min(1)
  .max(300)
  .refine((title) => !UNWRITABLE_IN_A_TITLE.test(title), 'A title cannot contain control characters or broken Unicode');

export const createStatementInput = z.strictObject({ title: statementTitleSchema });

export const updateStatementInput = z
  .strictObject({
    title: statementTitleSchema.optional(),
    /** The consultation the statement works towards; null unlinks (secretariat). */
    consultationId: z.string().min(1).max(64).nullable().optional(),
    /** Days before the consultation's deadline; null removes a milestone (secretariat). */
    milestones: z
      .strictObject({
        commentsClose: z.number().int().min(0).max(3650).nullable().optional(),
        signOnCloses: z.number().int().min(0).max(3650).nullable().optional(),
        publication: z.number().int().min(0).max(3650).nullable().optional(),
      })
      .optional(),
    /** At most this many words (a consultation's cap on submissions); null removes the limit. */
    wordLimit: z.number().int().min(1).max(1_000_000).nullable().optional(),
  })
  .refine(
    (input) => input.title !== undefined || input.consultationId !== undefined || input.milestones !== undefined || input.wordLimit !== undefined,
    'Give a title, a consultationId, milestones or a wordLimit',
  );

export const addDrafterInput = z.strictObject({ userId: z.string().min(1).max(64) });
