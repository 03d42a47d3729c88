import { escapeHtml } from './escapeHtml.ts';
import { xmlLegalText } from './xmlLegalText.ts';

/** Text made safe for XML content and attributes: characters XML cannot hold removed, markup escaped. */
export function xmlText(text: string): string {
  return escapeHtml(xmlLegalText(text));
}
