import type { TFunction } from 'i18next';
import type { AuditEntryView } from '../../../shared/api/types.ts';
import { auditSentence } from './auditSentence.ts';

const quoted = (text: string) => `“${text}”`;
const text = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);
const number = (value: unknown): number => (typeof value === 'number' && Number.isFinite(value) ? value : 0);

function subjectOf(entry: AuditEntryView, nameOf: (id: string) => string | undefined, t: TFunction): string {
  const known = entry.subjectId === null ? undefined : nameOf(entry.subjectId);
  if (known !== undefined) return known;
  const { details } = entry;
  switch (entry.subjectType) {
    case 'statement': {
      const title = text(details.title) ?? (entry.action === 'statement.renamed' ? text(details.to) : undefined);
      return title === undefined ? t('audit:entry.aStatement') : quoted(title);
    }
    case 'organisation':
      return text(details.name) ?? t('audit:entry.anOrganisation');
    case 'consultation':
      return text(details.name) === undefined ? t('audit:entry.aConsultation') : quoted(String(details.name));
    case 'user':
    case 'invitation':
      return text(details.email) ?? text(details.name) ?? t('audit:entry.anAccount');
    default:
      return text(details.email) ?? t('audit:entry.something');
  }
}

function stageOf(stage: unknown, t: TFunction): string {
  switch (stage) {
    case 'drafting':
      return t('audit:stage.drafting');
    case 'published':
      return t('audit:stage.published');
    case 'withdrawn':
      return t('audit:stage.withdrawn');
    default:
      // A freeze records no details: it moves the statement to sign-on.
      return t('audit:stage.signOn');
  }
}

function dateOf(value: unknown, locale: string): string {
  const at = typeof value === 'string' ? Date.parse(value) : Number.NaN;
  return Number.isNaN(at) ? '' : new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' }).format(at);
}

/**
 * An audit entry as a sentence in the reader's language: who did what to what ("Ana Ruiz moved “Joint statement”
 * to sign-on."); the action's code for one this client does not know.
 */
export function describeAuditEntry(entry: AuditEntryView, nameOf: (id: string) => string | undefined, t: TFunction, locale: string): string {
  const actor = (entry.actorId === null ? undefined : nameOf(entry.actorId)) ?? entry.actorEmail ?? t('audit:entry.system');
  const { details } = entry;
  const deadline = entry.action === 'consultation.deadlineMoved';
  const values = {
    actor,
    subject: subjectOf(entry, nameOf, t),
    from: deadline ? dateOf(details.from, locale) : quoted(text(details.from) ?? ''),
    to: deadline ? dateOf(details.to, locale) : quoted(text(details.to) ?? ''),
    stage: stageOf(details.to, t),
    suggestions: number(details.suggestions),
    threads: number(details.threads),
  };
  return auditSentence(entry.action, values, t) ?? entry.action;
}
