import { z } from 'zod';
import { LANGUAGES } from '../i18n/languages.ts';

/** PUT /api/me/language: one of Accord's languages, or null to follow the browser. */
export const languageInput = z.strictObject({
  language: z.enum(LANGUAGES).nullable(),
});
