import type { OutgoingMail } from './OutgoingMail.ts';
import { renderMail } from './renderMail.ts';

const FOOTER = 'You receive this because someone asked Accord to send it to this address. If that was not you, you can ignore it.';

/** The invitation to create an account (the same link the secretariat is shown once). */
export function invitationMail(invitationId: string, to: string, url: string, expiresAt: string, organisation: string | null): OutgoingMail {
  const where = organisation === null ? 'the coalition secretariat' : organisation;
  const { text, html } = renderMail({
    greeting: 'Hello,',
    paragraphs: [
      `You are invited to join Accord, where the coalition drafts and signs its statements together, for ${where}.`,
      `Choose your name and a password with the link below. It works once and until ${new Date(expiresAt).toUTCString()}.`,
    ],
    action: { label: 'Accept the invitation', url },
    footer: FOOTER,
  });
  return { key: `invitation-${invitationId}`, to, userId: null, subject: 'Your invitation to Accord', text, html };
}

/** A password-reset link (issued by the secretariat, or asked for on the sign-in page). */
export function passwordResetMail(resetId: string, to: string, userId: string, name: string, url: string, expiresAt: string): OutgoingMail {
  const { text, html } = renderMail({
    greeting: `Hello ${name},`,
    paragraphs: [
      'Someone asked to reset the password of your Accord account. Choose a new password with the link below; it signs out every other session.',
      `The link works once and until ${new Date(expiresAt).toUTCString()}. If you did not ask for it, ignore this mail: your password stays as it is.`,
    ],
    action: { label: 'Choose a new password', url },
    footer: FOOTER,
  });
  return { key: `reset-${resetId}`, to, userId, subject: 'Reset your Accord password', text, html };
}
