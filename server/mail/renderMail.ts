import type { Language } from '../../shared/i18n/languages.ts';
import { translatorFor } from '../i18n/serverI18n.ts';

/** The parts of a simple message; every notification and account mail is built from these. */
export interface MailParts {
  greeting?: string;
  paragraphs: string[];
  /** A quoted passage (e.g. the text a comment is about): a blockquote in HTML, `> ` lines in text. */
  quote?: string;
  /** The one thing to do, as a button (HTML) and a bare link (text). */
  action?: { label: string; url: string };
  /** Small print under a rule: why this mail came, how to change that. */
  footer?: string;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (character) => ESCAPES[character] ?? character);
}

/** Only http(s) links become buttons; anything else would be a `javascript:` or `data:` trap. */
function safeUrl(url: string): string {
  const parsed = new URL(url);
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new Error('mail links must be http(s)');
  return parsed.href;
}

function htmlLines(value: string): string {
  return escapeHtml(value).replace(/\r?\n/g, '<br>');
}

const FONT = "font-family:-apple-system,'Segoe UI',Roboto,Helvetica,Arial,sans-serif;font-size:15px;line-height:1.5;color:#1f2328";

/** A finished-looking message as plain text and HTML (everything escaped, inline CSS only). */
export function renderMail(parts: MailParts, language: Language = 'en'): { text: string; html: string } {
  const t = translatorFor(language);
  const action = parts.action ? { label: parts.action.label, url: safeUrl(parts.action.url) } : undefined;
  const text: string[] = [];
  if (parts.greeting) text.push(parts.greeting);
  text.push(...parts.paragraphs);
  if (parts.quote)
    text.push(
      parts.quote
        .split(/\r?\n/)
        .map((line) => `> ${line}`)
        .join('\n'),
    );
  if (action) text.push(`${action.label}:\n${action.url}`);
  if (parts.footer) text.push(`-- \n${parts.footer}`);

  const html: string[] = [];
  if (parts.greeting) html.push(`<p style="margin:0 0 16px">${htmlLines(parts.greeting)}</p>`);
  for (const paragraph of parts.paragraphs) html.push(`<p style="margin:0 0 16px">${htmlLines(paragraph)}</p>`);
  if (parts.quote) {
    html.push(
      `<blockquote style="margin:0 0 16px;padding:8px 16px;border-left:4px solid #8c959f;background:#f6f8fa;color:#424a53">${htmlLines(parts.quote)}</blockquote>`,
    );
  }
  if (action) {
    const href = escapeHtml(action.url);
    html.push(
      `<p style="margin:24px 0"><a href="${href}" style="display:inline-block;padding:10px 18px;background:#0b5cad;color:#ffffff;text-decoration:none;border-radius:6px;font-weight:600">${escapeHtml(action.label)}</a></p>`,
      `<p style="margin:0 0 16px;font-size:13px;color:#57606a">${escapeHtml(t('mail:layout.orOpen'))} <a href="${href}" style="color:#0b5cad">${href}</a></p>`,
    );
  }
  if (parts.footer) {
    html.push(
      `<hr style="border:none;border-top:1px solid #d0d7de;margin:24px 0 12px"><p style="margin:0;font-size:12px;color:#57606a">${htmlLines(parts.footer)}</p>`,
    );
  }
  return {
    text: `${text.join('\n\n')}\n`,
    html: `<!doctype html><html lang="${language}"><body style="margin:0;padding:0;background:#ffffff"><div style="${FONT};max-width:600px;margin:0 auto;padding:24px">${html.join('')}</div></body></html>`,
  };
}
