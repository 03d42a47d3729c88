import type { Request } from 'express';
import { DEFAULT_LANGUAGE, isLanguage, LANGUAGES, type Language } from '../../shared/i18n/languages.ts';

/** The cookie the public pages' language switch sets (the app itself keeps its choice on the account). */
export const LANGUAGE_COOKIE = 'accord_lang';

function cookieLanguage(request: Request): Language | null {
  for (const pair of (request.get('Cookie') ?? '').split(';')) {
    const [name, value] = pair.trim().split('=');
    if (name === LANGUAGE_COOKIE && isLanguage(value)) return value;
  }
  return null;
}

/**
 * The language of a public answer: `?lang=xx`, else the switch's cookie, else the browser's
 * Accept-Language, else English. `chosen` says whether the query asked for it (then the cookie is set).
 */
export function requestLanguage(request: Request): { language: Language; chosen: boolean } {
  const asked = request.query.lang;
  if (isLanguage(asked)) return { language: asked, chosen: true };
  const remembered = cookieLanguage(request);
  if (remembered !== null) return { language: remembered, chosen: false };
  const accepted = request.acceptsLanguages(...LANGUAGES);
  return { language: isLanguage(accepted) ? accepted : DEFAULT_LANGUAGE, chosen: false };
}
