import type { ParsedMail } from 'mailparser';
import nodemailer from 'nodemailer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NeedView, ThreadView } from '../../shared/api/types.ts';
import type { ApiClient } from '../support/ApiClient.ts';
import { createContact, createOrganisation, createStatement, signInAsSecretariat, type Contact } from '../support/coalition.ts';
import { connectCollab, waitForSync } from '../support/collabClient.ts';
import { openTestDatabase } from '../support/testDatabase.ts';
import { inboundPortOf } from '../support/replyAddressFor.ts';
import { startAccord, type AccordProcess } from '../support/startAccord.ts';
import { anchorsAround, writeParagraphs } from '../support/textAnchors.ts';
import { waitFor } from '../support/waitFor.ts';
import { waitForStoredText } from '../support/waitForStoredText.ts';
import { startSmtpSink, type SmtpSink } from './support/smtpSink.ts';

const DAY_MS = 24 * 60 * 60 * 1000;
const OPENING = 'We support openness and interoperability of registration data across every member’s jurisdiction.';
const CAUGHT_UP = 'notification mail caught up';

function headerLine(mail: ParsedMail, name: string): string | undefined {
  return mail.headerLines.find((line) => line.key === name)?.line.replace(/\r?\n\s+/g, ' ');
}

const recipientOf = (mail: ParsedMail) => (mail.to && !Array.isArray(mail.to) ? mail.to.text : '');
const referencesOf = (mail: ParsedMail) => [mail.references ?? []].flat();

/** An Etc zone where it is now between 08:00 and 20:00, chosen from the current UTC hour (Etc/GMT-N is UTC+N). */
function zoneAfterEight(): string {
  const offset = 12 - new Date().getUTCHours();
  if (offset === 0) return 'Etc/GMT';
  return offset > 0 ? `Etc/GMT-${offset}` : `Etc/GMT+${-offset}`;
}

describe('notification mail', () => {
  let smtp: SmtpSink;
  let smtpPort: number;
  let server: AccordProcess;
  let secretariat: ApiClient;
  let orgA: string;
  let orgB: string;
  /** Org A: a signatory and a contact who writes comments. */
  let signatoryA: Contact;
  let author: Contact;
  /** Org B: the contact mentioned most (immediate, UTC by default). */
  let reader: Contact;
  let statementId: string;
  let fences = 0;

  const mailsTo = (contact: Contact) => smtp.messages.filter((mail) => recipientOf(mail) === contact.email);

  const waitForMail = (match: (mail: ParsedMail) => boolean, message: string) => waitFor(() => smtp.messages.find(match), { message, timeoutMs: 20_000 });

  /** Queues an invitation and waits for it: the sender sends oldest first, so anything queued before it has gone out too. */
  const fence = async () => {
    const email = `fence${++fences}-${Date.now()}@example.org`;
    expect((await secretariat.post('/api/invitations', { email, orgId: orgA, role: 'contact' })).status).toBe(201);
    await waitForMail((mail) => recipientOf(mail) === email, 'the fence invitation');
  };

  const setNotifications = async (contact: Contact, email: 'immediate' | 'daily' | 'weekly' | 'off', timeZone = 'UTC') => {
    const answer = await contact.client.request('PUT', '/api/me/notifications', { email, timeZone });
    expect(answer.status).toBe(200);
  };

  const writeText = async (id: string, paragraphs: string[], words: string) => {
    const writer = connectCollab(server.wsUrl, id, secretariat.cookie);
    await waitForSync(writer);
    writeParagraphs(writer.doc, paragraphs);
    await waitForStoredText(server.wsUrl, id, secretariat.cookie, words);
    writer.destroy();
  };

  const openComment = async (client: ApiClient, id: string, body: string, mentions: { type: 'user' | 'organisation'; id: string }[]) => {
    const reader = connectCollab(server.wsUrl, id, client.cookie);
    await waitForSync(reader);
    const anchors = anchorsAround(reader.doc, 'openness');
    reader.destroy();
    const created = await client.post<{ id: string }>(`/api/statements/${id}/threads`, {
      kind: 'comment',
      ...anchors,
      body,
      mentions,
      visibility: 'coalition',
    });
    expect(created.status).toBe(201);
    return created.body.id;
  };

  const sendByMail = async (to: string, from: string, text: string): Promise<number> => {
    const transport = nodemailer.createTransport({ host: '127.0.0.1', port: inboundPortOf(server), secure: false, ignoreTLS: true });
    try {
      const info = (await transport.sendMail({ to, from, subject: 'Re: a mention', text })) as { response: string };
      return Number(info.response.slice(0, 3));
    } catch (error) {
      return (error as { responseCode?: number }).responseCode ?? 0;
    } finally {
      transport.close();
    }
  };

  const noticeMailOutcome = async (userId: string, threadId: string) => {
    const database = openTestDatabase(server);
    try {
      return (
        await database.get<{ outcome: string | null }>('SELECT mail_outcome AS outcome FROM notices WHERE user_id = ? AND thread_id = ?', userId, threadId)
      )?.outcome;
    } finally {
      await database.close();
    }
  };

  const digestPeriodsOf = async (userId: string) => {
    const database = openTestDatabase(server);
    try {
      return await database.all<{ period: string }>('SELECT period FROM digest_periods WHERE user_id = ?', userId);
    } finally {
      await database.close();
    }
  };

  const restart = async () => {
    server = await server.restart();
    await waitFor(() => server.output.some((line) => line.includes(CAUGHT_UP)), { message: 'the first scheduler pass after the restart' });
  };

  beforeAll(async () => {
    smtp = await startSmtpSink();
    smtpPort = smtp.port;
    server = await startAccord({
      env: {
        SMTP_URL: smtp.url,
        SMTP_INBOUND_PORT: '0',
        ACCORD_MAIL_RETRY_MS: '50',
        ACCORD_MAIL_POLL_MS: '20',
        ACCORD_NOTICE_POLL_MS: '50',
        ACCORD_SCHEDULE_MS: '100',
      },
    });
    secretariat = await signInAsSecretariat(server);
    orgA = await createOrganisation(secretariat, { name: 'Member A' });
    orgB = await createOrganisation(secretariat, { name: 'Member B' });
    signatoryA = await createContact(server, secretariat, { orgId: orgA, role: 'signatory', name: 'Sam Signatory' });
    author = await createContact(server, secretariat, { orgId: orgA, name: 'Ana Author' });
    reader = await createContact(server, secretariat, { orgId: orgB, role: 'signatory', name: 'Bea Reader' });
    ({ id: statementId } = await createStatement(secretariat, 'Statement on openness'));
    await writeText(statementId, [OPENING, 'A second paragraph on accountability.'], 'accountability');
  });

  afterAll(async () => {
    await server?.dispose();
    await smtp?.close();
  });

  it('mails a mention with its quote, the thread’s headers and a reply address; a reply to it lands in the thread, a forged or stale one is refused', async () => {
    const threadId = await openComment(author.client, statementId, 'Bea, is “openness” the word we want here?', [{ type: 'user', id: reader.userId }]);
    const threadHeader = `<thread-${threadId}@localhost>`;
    const first = await waitForMail((mail) => recipientOf(mail) === reader.email && mail.inReplyTo === threadHeader, 'the mention mail');
    expect(first.subject).toContain('Ana Author mentioned you');
    expect(first.messageId).toMatch(/^<notice-[0-9a-f-]+@localhost>$/);
    expect(first.text).toContain('> Bea, is “openness” the word we want here?');
    expect(first.html).toContain('<blockquote');
    expect(first.text).toContain(`${server.url}/statements/${statementId}?thread=${threadId}`);
    expect(first.text).toContain('Reply to this e-mail to answer in the thread');
    expect(first.text).toContain(`${server.url}/account`);
    expect(referencesOf(first)).toEqual([threadHeader]);
    expect(headerLine(first, 'list-unsubscribe')).toMatch(/^List-Unsubscribe: <http:\/\/127\.0\.0\.1:\d+\/mail\/unsubscribe\/[^>]+>$/);
    expect(headerLine(first, 'list-unsubscribe-post')).toBe('List-Unsubscribe-Post: List-Unsubscribe=One-Click');
    const replyTo = first.replyTo?.value[0]?.address ?? '';
    expect(replyTo).toMatch(/^reply\+[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+@localhost$/);

    // A second notice on the same thread: the same thread headers, its own Message-ID and reply address.
    expect(
      (await author.client.post(`/api/threads/${threadId}/comments`, { body: 'Bea, also the next sentence?', mentions: [{ type: 'user', id: reader.userId }] }))
        .status,
    ).toBe(201);
    const second = await waitForMail(
      (mail) => recipientOf(mail) === reader.email && mail.inReplyTo === threadHeader && mail.messageId !== first.messageId,
      'the second mail on the thread',
    );
    expect(referencesOf(second)).toEqual(referencesOf(first));
    expect(second.text).toContain('> Bea, also the next sentence?');
    expect(second.replyTo?.value[0]?.address).not.toBe(replyTo);

    // Answering that very mail posts in the thread, as the reader.
    expect(await sendByMail(replyTo, reader.email, 'Yes, openness is right.\n\nOn Wed, Ana wrote:\n> Bea, is it?\n')).toBe(250);
    const thread = await waitFor(
      async () =>
        (await author.client.get<ThreadView[]>(`/api/statements/${statementId}/threads?limit=200`)).body.find(
          (candidate) => candidate.id === threadId && candidate.comments.length === 3,
        ),
      { message: 'the reply in the thread' },
    );
    expect(thread.comments.at(-1)).toMatchObject({ author: { id: reader.userId }, body: 'Yes, openness is right.' });

    // A forged address (its signature altered) and a stale one (older than the reply-address lifetime) are refused.
    const [localPart, domain] = replyTo.split('@') as [string, string];
    const forged = `${localPart.slice(0, -1)}${localPart.at(-1) === 'A' ? 'B' : 'A'}@${domain}`;
    expect(await sendByMail(forged, reader.email, 'Forged.')).toBe(550);
    const staleAddress = second.replyTo?.value[0]?.address ?? '';
    const database = openTestDatabase(server);
    await database.run(
      'UPDATE reply_addresses SET created_at = ? WHERE mail_key = ?',
      new Date(Date.now() - 91 * DAY_MS).toISOString(),
      second.messageId?.slice(1, -'@localhost>'.length),
    );
    await database.close();
    expect(await sendByMail(staleAddress, reader.email, 'Stale.')).toBe(550);
    const after = (await author.client.get<ThreadView[]>(`/api/statements/${statementId}/threads?limit=200`)).body.find(
      (candidate) => candidate.id === threadId,
    );
    expect(after?.comments).toHaveLength(3);
  });

  it('sends nothing to a contact whose setting is off', async () => {
    const quiet = await createContact(server, secretariat, { orgId: orgB, name: 'Quinn Quiet' });
    await setNotifications(quiet, 'off');
    const threadId = await openComment(author.client, statementId, 'Quinn and Bea, please look at openness.', [
      { type: 'user', id: quiet.userId },
      { type: 'user', id: reader.userId },
    ]);
    await waitForMail(
      (mail) => recipientOf(mail) === reader.email && mail.inReplyTo === `<thread-${threadId}@localhost>`,
      'the mail to the other one mentioned',
    );
    await waitFor(async () => (await noticeMailOutcome(quiet.userId, threadId)) === 'skipped', { message: 'the quiet contact’s notice marked skipped' });
    await fence();
    expect(mailsTo(quiet).filter((mail) => !mail.subject?.includes('invitation'))).toEqual([]);
    // It is still in What needs me.
    const needs = (await quiet.client.get<NeedView[]>('/api/me/needs')).body;
    expect(needs.some((need) => need.threadId === threadId && need.kind === 'mention')).toBe(true);
  });

  it('mails a notice once even when its mailing is replayed (a crash after queueing, before marking it mailed)', async () => {
    const threadId = await openComment(author.client, statementId, 'Bea, once only about openness.', [{ type: 'user', id: reader.userId }]);
    const mail = await waitForMail(
      (message) => recipientOf(message) === reader.email && message.inReplyTo === `<thread-${threadId}@localhost>`,
      'the mention mail',
    );
    const noticeId = (mail.messageId ?? '').slice('<notice-'.length, -'@localhost>'.length);
    const database = openTestDatabase(server);
    expect((await database.run('UPDATE notices SET mailed_at = NULL, mail_outcome = NULL WHERE id = ?', noticeId)).changes).toBe(1);
    await database.close();
    await waitFor(async () => (await noticeMailOutcome(reader.userId, threadId)) === 'mailed', { message: 'the notice swept again' });
    await fence();
    expect(smtp.count(mail.messageId ?? '')).toBe(1);
  });

  it('does not mail a notice about something its recipient can no longer see', async () => {
    // Organisation A's private fork: nobody in organisation B may read it.
    const fork = await author.client.post<{ id: string }>(`/api/statements/${statementId}/forks`, {});
    expect(fork.status).toBe(201);
    const database = openTestDatabase(server);
    await database.run(
      `INSERT INTO notices (id, key, sequence, user_id, kind, statement_id, thread_id, title, excerpt, due, url, created_at)
        VALUES ('hidden-notice', 'hidden', 0, ?, 'published', ?, NULL, 'A fork B cannot read', NULL, NULL, ?, ?)`,
      reader.userId,
      fork.body.id,
      `/statements/${fork.body.id}`,
      new Date().toISOString(),
    );
    await database.close();
    await waitFor(
      async () => {
        const check = openTestDatabase(server);
        try {
          return (await check.get<{ outcome: string | null }>("SELECT mail_outcome AS outcome FROM notices WHERE id = 'hidden-notice'"))?.outcome === 'skipped';
        } finally {
          await check.close();
        }
      },
      { message: 'the hidden notice skipped' },
    );
    await fence();
    expect(smtp.messages.some((message) => message.messageId === '<notice-hidden-notice@localhost>')).toBe(false);
  });

  it('asks for sign-on with the opening passage and the sign link; reminds 7 days ahead once, also across a restart', async () => {
    const deadline = new Date(Date.now() + 6 * DAY_MS).toISOString();
    expect((await secretariat.patch(`/api/statements/${statementId}/settings`, { signOnDeadline: deadline })).status).toBe(204);
    expect((await secretariat.post(`/api/statements/${statementId}/freeze`, { carryOver: true })).status).toBe(200);
    const request = await waitForMail((mail) => recipientOf(mail) === author.email && (mail.subject ?? '').includes('sign-on decision'), 'the sign-on request');
    expect(request.text).toContain(`> ${OPENING}`);
    expect(request.text).toContain(`${server.url}/statements/${statementId}/sign`);
    expect(request.inReplyTo).toBeUndefined();

    const isReminder = (contact: Contact, lead: string) => (mail: ParsedMail) =>
      recipientOf(mail) === contact.email &&
      (mail.messageId ?? '').startsWith(`<reminder-${statementId}-v`) &&
      (mail.messageId ?? '').endsWith(`-${contact.userId}-${lead}@localhost>`);
    const reminder = await waitForMail(isReminder(signatoryA, '7d'), 'the 7-day reminder');
    expect(reminder.subject).toContain('Reminder: sign-on for “Statement on openness”');
    expect(reminder.text).toContain(`${server.url}/statements/${statementId}/sign`);
    expect(reminder.text).toContain('(UTC)');
    await waitForMail(isReminder(reader, '7d'), 'the 7-day reminder to the other organisation');

    await restart();
    await fence();
    expect(smtp.messages.filter(isReminder(signatoryA, '7d'))).toHaveLength(1);
    expect(smtp.messages.filter(isReminder(reader, '7d'))).toHaveLength(1);
    expect(smtp.messages.filter(isReminder(signatoryA, '1d'))).toEqual([]);

    // Once organisation B decides, its contacts are reminded of nothing more (they were, once, before).
    const hash = (await secretariat.get<{ finalVersion: { hash: string } }>(`/api/statements/${statementId}`)).body.finalVersion.hash;
    expect((await reader.client.post(`/api/statements/${statementId}/signatures`, { hash })).status).toBe(201);
    expect((await secretariat.post(`/api/statements/${statementId}/reopen`, {})).status).toBe(200);
  });

  it('sends a daily digest after 08:00 in the contact’s zone, once per day across restarts', async () => {
    const hour = new Date().getUTCHours();
    // A zone whose digest period (the local date of the latest 08:00) is not today's date in `zone`.
    const earlier = hour < 20 ? 'Etc/GMT+12' : 'Etc/GMT-14';
    const zone = zoneAfterEight();
    const daily = await createContact(server, secretariat, { orgId: orgB, name: 'Dana Daily' });
    await setNotifications(daily, 'daily', earlier);
    // Its period is handled with nothing to say (no mail): what comes next waits for the next 08:00.
    await waitFor(async () => (await digestPeriodsOf(daily.userId)).length === 1, { message: 'the first digest period handled' });
    const other = await createStatement(secretariat, 'Digest statement');
    await writeText(other.id, ['A text on openness for the digest.'], 'digest');
    const threadId = await openComment(author.client, other.id, 'Dana, the digest should list this.', [{ type: 'user', id: daily.userId }]);
    await waitFor(async () => (await daily.client.get<NeedView[]>('/api/me/needs')).body.some((need) => need.threadId === threadId), {
      message: 'the mention in What needs me',
    });
    // Travelling to a zone where today's 08:00 has passed: that period is due.
    await setNotifications(daily, 'daily', zone);
    const digest = await waitForMail(
      (mail) => recipientOf(mail) === daily.email && (mail.messageId ?? '').startsWith(`<digest-${daily.userId}-`),
      'the digest',
    );
    const localDate = new Intl.DateTimeFormat('en-CA', { timeZone: zone }).format(new Date());
    expect(digest.messageId).toBe(`<digest-${daily.userId}-${localDate}@localhost>`);
    expect(digest.subject).toBe('Accord daily digest: 1 item');
    expect(digest.text).toContain('Replies and mentions (1)');
    expect(digest.text).toContain('Dana, the digest should list this.');
    expect(digest.text).toContain(`${server.url}/statements/${other.id}?thread=${threadId}`);
    expect(headerLine(digest, 'list-unsubscribe-post')).toBe('List-Unsubscribe-Post: List-Unsubscribe=One-Click');
    expect(await digestPeriodsOf(daily.userId)).toHaveLength(2);

    // Another mention the same day waits for tomorrow's digest, also across a restart.
    const later = await openComment(author.client, other.id, 'Dana, one more for tomorrow.', [{ type: 'user', id: daily.userId }]);
    await waitFor(async () => (await daily.client.get<NeedView[]>('/api/me/needs')).body.some((need) => need.threadId === later), {
      message: 'the second mention in What needs me',
    });
    await restart();
    await fence();
    expect(mailsTo(daily).filter((mail) => !(mail.subject ?? '').includes('invitation'))).toHaveLength(1);
    expect(await noticeMailOutcome(daily.userId, later)).toBeNull();
  });

  it('mails a moved deadline in the reader’s zone and lists it in What needs me', async () => {
    const mover = await createContact(server, secretariat, { orgId: orgB, name: 'Nia NewYork' });
    await setNotifications(mover, 'immediate', 'America/New_York');
    const created = await secretariat.post<{ id: string }>('/api/consultations', {
      name: 'WSIS+20 review',
      body: 'UN CSTD',
      url: 'https://unctad.org/cstd',
      deadline: '2031-03-14T00:30',
      timeZone: 'UTC',
    });
    expect(created.status).toBe(201);
    const moving = await createStatement(secretariat, 'Statement with a moving deadline');
    expect((await secretariat.patch(`/api/statements/${moving.id}`, { consultationId: created.body.id, milestones: { signOnCloses: 7 } })).status).toBe(200);
    expect(
      (await secretariat.patch(`/api/consultations/${created.body.id}`, { deadline: '2031-03-28T00:30', reason: 'extended by the UN secretariat' })).status,
    ).toBe(200);
    const need = await waitFor(
      async () => (await mover.client.get<NeedView[]>('/api/me/needs')).body.find((item) => item.kind === 'deadline' && item.statementId === moving.id),
      { message: 'the moved deadline in What needs me' },
    );
    expect(Date.parse(need.due ?? '')).toBe(Date.parse('2031-03-28T00:30:00Z'));
    const mail = await waitForMail(
      (message) => recipientOf(message) === mover.email && (message.subject ?? '').includes('Deadline moved'),
      'the deadline mail',
    );
    // 00:30 UTC is the evening before in New York.
    expect(mail.text).toContain('The deadline moved from 13 March 2031 to 27 March 2031: extended by the UN secretariat');
    expect(mail.text).toContain('Thursday 27 March 2031, 20:30 (America/New_York)');
    expect(mail.text).toContain(`${server.url}/statements/${moving.id}`);
  });

  it('keeps a notification mail while the SMTP server is down and delivers it once it is back', async () => {
    await smtp.close();
    const threadId = await openComment(author.client, statementId, 'Bea, while the mail server is down?', [{ type: 'user', id: reader.userId }]);
    await waitFor(
      async () => {
        const database = openTestDatabase(server);
        try {
          return (
            await database.get<{ attempts: number }>(
              "SELECT attempts FROM mail_queue WHERE recipient = ? AND thread_id = ? AND status = 'queued'",
              reader.email,
              threadId,
            )
          )?.attempts;
        } finally {
          await database.close();
        }
      },
      { message: 'a failed attempt while the SMTP server is down' },
    );
    smtp = await startSmtpSink(smtpPort);
    const mail = await waitForMail(
      (message) => recipientOf(message) === reader.email && message.inReplyTo === `<thread-${threadId}@localhost>`,
      'the mail after the outage',
    );
    await fence();
    expect(smtp.count(mail.messageId ?? '')).toBe(1);
  });
});
