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

export const updateStatementInput = z.strictObject({ title: statementTitleSchema });

export const addDrafterInput = z.strictObject({ userId: z.string().min(1).max(64) });
