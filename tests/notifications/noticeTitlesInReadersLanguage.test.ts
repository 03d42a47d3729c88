import type { ParsedMail } from 'mailparser';
import nodemailer from 'nodemailer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DashboardView } from '../../shared/api/dashboard.ts';
import type { NeedView } from '../../shared/api/types.ts';
import type { ApiClient } from '../support/ApiClient.ts';
import { createContact, createOrganisation, createStatement, signInAsSecretariat, type Contact } from '../support/coalition.ts';
import { connectCollab, waitForSync } from '../support/collabClient.ts';
import { inboundPortOf, replyAddressFor } from '../support/replyAddressFor.ts';
import { startAccord, type AccordProcess } from '../support/startAccord.ts';
import { openTestDatabase } from '../support/testDatabase.ts';
import { anchorsAround, writeParagraphs } from '../support/textAnchors.ts';
import { waitFor } from '../support/waitFor.ts';
import { waitForStoredText } from '../support/waitForStoredText.ts';
import { startSmtpSink, type SmtpSink } from './support/smtpSink.ts';

const TITLE = 'Statement on openness';
const BODY = 'Is “openness” the word we want here?';
const recipientOf = (mail: ParsedMail) => (mail.to && !Array.isArray(mail.to) ? mail.to.text : '');
/** The notice mails (not the invitations that made the accounts). */
const noticeMailTo = (contact: Contact) => (mail: ParsedMail) => recipientOf(mail) === contact.email && /^<notice-/.test(mail.messageId ?? '');

describe('notice titles in each reader’s language', () => {
  let smtp: SmtpSink;
  let server: AccordProcess;
  let secretariat: ApiClient;
  let author: Contact;
  let french: Contact;
  let english: Contact;
  let spanish: Contact;
  let statementId: string;
  let threadId: string;

  const needsOf = async (contact: Contact) => {
    const answer = await contact.client.get<NeedView[]>('/api/me/needs');
    expect(answer.status).toBe(200);
    return answer.body;
  };

  beforeAll(async () => {
    smtp = await startSmtpSink();
    server = await startAccord({
      env: { SMTP_URL: smtp.url, SMTP_INBOUND_PORT: '0', ACCORD_MAIL_RETRY_MS: '50', ACCORD_MAIL_POLL_MS: '20', ACCORD_NOTICE_POLL_MS: '50' },
    });
    secretariat = await signInAsSecretariat(server);
    const orgA = await createOrganisation(secretariat, { name: 'Member A' });
    const orgB = await createOrganisation(secretariat, { name: 'Member B' });
    author = await createContact(server, secretariat, { orgId: orgA, name: 'Ana Author' });
    french = await createContact(server, secretariat, { orgId: orgB, name: 'Fanny Lecteur' });
    english = await createContact(server, secretariat, { orgId: orgB, name: 'Ed Reader' });
    spanish = await createContact(server, secretariat, { orgId: orgB, name: 'Sara Lectora' });
    for (const [contact, language] of [
      [french, 'fr'],
      [spanish, 'es'],
    ] as const) {
      expect((await contact.client.request('PUT', '/api/me/language', { language })).status).toBe(200);
    }
    ({ id: statementId } = await createStatement(secretariat, TITLE));
    const writer = connectCollab(server.wsUrl, statementId, secretariat.cookie);
    await waitForSync(writer);
    writeParagraphs(writer.doc, ['We support openness and interoperability of registration data.']);
    await waitForStoredText(server.wsUrl, statementId, secretariat.cookie, 'interoperability');
    writer.destroy();
    const reader = connectCollab(server.wsUrl, statementId, author.client.cookie);
    await waitForSync(reader);
    const anchors = anchorsAround(reader.doc, 'openness');
    reader.destroy();
    const mentions = [french, english, spanish].map((contact) => ({ type: 'user' as const, id: contact.userId }));
    const created = await author.client.post<{ id: string }>(`/api/statements/${statementId}/threads`, {
      kind: 'comment',
      ...anchors,
      body: BODY,
      mentions,
      visibility: 'coalition',
    });
    expect(created.status).toBe(201);
    threadId = created.body.id;
  });

  afterAll(async () => {
    await server?.dispose();
    await smtp?.close();
  });

  it('shows the same mention in French to a French account and in English to an English one, on What needs me and the dashboard', async () => {
    const [frenchNeed] = await waitFor(async () => ((await needsOf(french)).length === 1 ? needsOf(french) : null), { message: 'the French reader’s mention' });
    expect(frenchNeed?.title).toBe(`${TITLE} · Ana Author vous a mentionné·e\u00a0: «\u00a0${BODY}\u00a0»`);
    const [englishNeed] = await waitFor(async () => ((await needsOf(english)).length === 1 ? needsOf(english) : null), {
      message: 'the English reader’s mention',
    });
    expect(englishNeed?.title).toBe(`${TITLE} · Ana Author mentioned you: “${BODY}”`);
    // An English browser does not change a French account's choice.
    const dashboard = await french.client.request<DashboardView>('GET', '/api/dashboard', undefined, { 'Accept-Language': 'en' });
    expect(dashboard.body.needs.items.map((item) => item.title)).toEqual([frenchNeed?.title]);
    expect((await english.client.get<DashboardView>('/api/dashboard')).body.needs.items.map((item) => item.title)).toEqual([englishNeed?.title]);
  });

  it('mails a Spanish recipient the notice in Spanish', async () => {
    const mail = await waitFor(() => smtp.messages.find(noticeMailTo(spanish)), {
      message: 'the Spanish mail',
      timeoutMs: 20_000,
    });
    expect(mail.subject).toBe(`${TITLE} · Ana Author le mencionó: «${BODY}»`);
    expect(mail.text).toContain(`Ana Author le mencionó: «${BODY}»`);
    const englishMail = await waitFor(() => smtp.messages.find(noticeMailTo(english)), {
      message: 'the English mail',
      timeoutMs: 20_000,
    });
    expect(englishMail.subject).toBe(`${TITLE} · Ana Author mentioned you: “${BODY}”`);
  });

  it('keeps showing a notice stored before titles were messages with its stored English title', async () => {
    const database = openTestDatabase(server);
    try {
      await database.run('UPDATE notices SET title_message = NULL, title = ? WHERE user_id = ?', 'An older notice', french.userId);
    } finally {
      await database.close();
    }
    expect((await needsOf(french)).map((need) => need.title)).toEqual(['An older notice']);
  });

  it('refuses a reply by mail in the French account’s language, and a stranger’s in English', async () => {
    const refusalOf = async (to: string, from: string): Promise<string> => {
      const transport = nodemailer.createTransport({ host: '127.0.0.1', port: inboundPortOf(server), secure: false, ignoreTLS: true });
      try {
        await transport.sendMail({ to, from, subject: 'Re: a mention', text: 'Posted under someone else’s name?' });
        return 'accepted';
      } catch (error) {
        return (error as { response?: string }).response ?? '';
      } finally {
        transport.close();
      }
    };
    const frenchAddress = await replyAddressFor(server, { threadId, userId: french.userId, mailKey: 'mail-french' });
    expect(await refusalOf(frenchAddress, author.email)).toContain(
      'Les réponses ne sont acceptées que depuis l’adresse à laquelle la notification a été envoyée',
    );
    const englishAddress = await replyAddressFor(server, { threadId, userId: english.userId, mailKey: 'mail-english' });
    expect(await refusalOf(englishAddress, author.email)).toContain('Replies are taken only from the address the notification was sent to');
  });
});
