import type { ParsedMail } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../support/ApiClient.ts';
import { type Contact, createContact, createOrganisation, createStatement, signInAsSecretariat } from '../support/coalition.ts';
import { connectCollab, waitForSync } from '../support/collabClient.ts';
import { type AccordProcess, startAccord } from '../support/startAccord.ts';
import { anchorsAround, writeParagraphs } from '../support/textAnchors.ts';
import { waitFor } from '../support/waitFor.ts';
import { waitForStoredText } from '../support/waitForStoredText.ts';
import { type SmtpSink, startSmtpSink } from '../notifications/support/smtpSink.ts';

const DAY_MS = 24 * 60 * 60 * 1000;
const recipientOf = (mail: ParsedMail) => (mail.to && !Array.isArray(mail.to) ? mail.to.text : '');

/** Mail is written in the recipient's saved language (English for everyone else), dates in their language and zone. */
describe('mail in the recipient’s language', () => {
  let smtp: SmtpSink;
  let server: AccordProcess;
  let secretariat: ApiClient;
  let french: Contact;
  let english: Contact;
  let author: Contact;
  let statementId: string;

  const waitForMail = (match: (mail: ParsedMail) => boolean, message: string) => waitFor(() => smtp.messages.find(match), { message, timeoutMs: 20_000 });

  beforeAll(async () => {
    smtp = await startSmtpSink();
    server = await startAccord({
      env: { SMTP_URL: smtp.url, ACCORD_MAIL_POLL_MS: '20', ACCORD_NOTICE_POLL_MS: '50', ACCORD_SCHEDULE_MS: '100' },
    });
    secretariat = await signInAsSecretariat(server);
    const orgF = await createOrganisation(secretariat, { name: 'Registre Français' });
    const orgE = await createOrganisation(secretariat, { name: 'English Registry' });
    french = await createContact(server, secretariat, { orgId: orgF, role: 'signatory', name: 'Fleur Lefèvre' });
    english = await createContact(server, secretariat, { orgId: orgE, role: 'signatory', name: 'Eddie English' });
    author = await createContact(server, secretariat, { orgId: orgE, name: 'Ana Author' });
    expect((await french.client.request('PUT', '/api/me/language', { language: 'fr' })).status).toBe(200);
    expect((await french.client.request('PUT', '/api/me/notifications', { email: 'immediate', timeZone: 'Europe/Paris' })).status).toBe(200);
    ({ id: statementId } = await createStatement(secretariat, 'Statement on openness'));
    const writer = connectCollab(server.wsUrl, statementId, secretariat.cookie);
    await waitForSync(writer);
    writeParagraphs(writer.doc, ['We support openness of registration data.']);
    await waitForStoredText(server.wsUrl, statementId, secretariat.cookie, 'openness');
    writer.destroy();
  });

  afterAll(async () => {
    await server?.dispose();
    await smtp?.close();
  });

  it('a French contact gets the reply to their comment in French; an English one in English', async () => {
    const threads: string[] = [];
    for (const contact of [french, english]) {
      const reader = connectCollab(server.wsUrl, statementId, contact.client.cookie);
      await waitForSync(reader);
      const anchors = anchorsAround(reader.doc, 'openness');
      reader.destroy();
      const created = await contact.client.post<{ id: string }>(`/api/statements/${statementId}/threads`, {
        kind: 'comment',
        ...anchors,
        body: `A question from ${contact.name}`,
        mentions: [],
        visibility: 'coalition',
      });
      expect(created.status).toBe(201);
      threads.push(created.body.id);
      expect((await author.client.post(`/api/threads/${created.body.id}/comments`, { body: `An answer for ${contact.name}` })).status).toBe(201);
    }

    const inFrench = await waitForMail((mail) => recipientOf(mail) === french.email && (mail.text ?? '').includes('An answer for'), 'the reply mail in French');
    expect(inFrench.text).toContain('Bonjour Fleur Lefèvre,');
    expect(inFrench.text).toContain('Sur la déclaration «\u00a0Statement on openness\u00a0».');
    expect(inFrench.text).toContain('Ouvrir la discussion:');
    expect(inFrench.text).toContain('Vous recevez ce message parce que votre réglage de courriel Accord est un courriel par élément.');
    expect(inFrench.html).toContain('<html lang="fr">');
    expect(inFrench.html).toContain('Ou ouvrez ce lien\u00a0:');

    const inEnglish = await waitForMail(
      (mail) => recipientOf(mail) === english.email && (mail.text ?? '').includes('An answer for'),
      'the reply mail in English',
    );
    expect(inEnglish.text).toContain('Hello Eddie English,');
    expect(inEnglish.text).toContain('On the statement “Statement on openness”.');
    expect(inEnglish.text).toContain('You get this because your Accord e-mail setting is a mail for each item.');
  });

  it('the sign-on request gives the French contact its deadline as a French date in their zone', async () => {
    const deadline = new Date(Date.now() + 20 * DAY_MS);
    expect((await secretariat.patch(`/api/statements/${statementId}/settings`, { signOnDeadline: deadline.toISOString() })).status).toBe(204);
    expect((await secretariat.post(`/api/statements/${statementId}/freeze`, { carryOver: true })).status).toBe(200);
    const frenchDay = new Intl.DateTimeFormat('fr', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Paris' }).format(
      deadline,
    );
    const request = await waitForMail(
      (mail) => recipientOf(mail) === french.email && (mail.text ?? '').includes('La décision de votre organisation est attendue'),
      'the sign-on request in French',
    );
    expect(request.text).toContain(`La décision de votre organisation est attendue au plus tard le ${frenchDay}`);
    expect(request.text).toContain('(Europe/Paris)');
    expect(request.text).toContain('Signer ou refuser:');
  });
});
