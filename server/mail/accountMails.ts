import type { Language } from '../../shared/i18n/languages.ts';
import { translatorFor } from '../i18n/serverI18n.ts';
import type { OutgoingMail } from './OutgoingMail.ts';
import { renderMail } from './renderMail.ts';

/** When a one-time link stops working, in the reader's language (UTC: the recipient's zone is not known yet). */
function expiry(expiresAt: string, language: Language): string {
  if (language === 'en') return new Date(expiresAt).toUTCString();
  return new Date(expiresAt).toLocaleString(language, { dateStyle: 'full', timeStyle: 'short', timeZone: 'UTC' });
}

/** The invitation to create an account (the same link the secretariat is shown once); English unless the invitee chose. */
export function invitationMail(
  invitationId: string,
  to: string,
  url: string,
  expiresAt: string,
  organisation: string | null,
  language: Language = 'en',
): OutgoingMail {
  const t = translatorFor(language);
  const where = organisation === null ? t('mail:invitation.secretariat') : organisation;
  const { text, html } = renderMail(
    {
      greeting: t('mail:layout.helloAnyone'),
      paragraphs: [t('mail:invitation.invited', { where }), t('mail:invitation.choose', { expiry: expiry(expiresAt, language) })],
      action: { label: t('mail:invitation.action'), url },
      footer: t('mail:account.footer'),
    },
    language,
  );
  return { key: `invitation-${invitationId}`, to, userId: null, subject: t('mail:invitation.subject'), text, html };
}

/** A password-reset link (issued by the secretariat, or asked for on the sign-in page), in the account's language. */
export function passwordResetMail(
  resetId: string,
  to: string,
  userId: string,
  name: string,
  url: string,
  expiresAt: string,
  language: Language = 'en',
): OutgoingMail {
  const t = translatorFor(language);
  const { text, html } = renderMail(
    {
      greeting: t('mail:layout.hello', { name }),
      paragraphs: [t('mail:reset.asked'), t('mail:reset.expiry', { expiry: expiry(expiresAt, language) })],
      action: { label: t('mail:reset.action'), url },
      footer: t('mail:account.footer'),
    },
    language,
  );
  return { key: `reset-${resetId}`, to, userId, subject: t('mail:reset.subject'), text, html };
}
