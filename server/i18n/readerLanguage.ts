import type { Request } from 'express';
import type { Language } from '../../shared/i18n/languages.ts';
import { requestLanguage } from './requestLanguage.ts';

/** The language of an answer to a signed-in reader: their account's, else what their browser asks for (the public-page rule). */
export function readerLanguage(request: Request, user: { language: Language | null }): Language {
  return user.language ?? requestLanguage(request).language;
}
