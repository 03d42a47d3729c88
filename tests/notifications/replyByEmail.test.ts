import * as decoding from 'lib0/decoding';
import nodemailer from 'nodemailer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ThreadView } from '../../shared/api/types.ts';
import { MessageType } from '../../shared/collab/protocol.ts';
import type { ApiClient } from '../support/ApiClient.ts';
import { agreeToPurpose, createContact, createOrganisation, createStatement, signInAsSecretariat, type Contact } from '../support/coalition.ts';
import { connectCollab, waitForSync } from '../support/collabClient.ts';
import { openTestDatabase } from '../support/testDatabase.ts';
import { frame, openRawCollabSocket, type RawCollabSocket } from '../support/rawCollabSocket.ts';
import { inboundPortOf, replyAddressFor, revokeReplyAddress } from '../support/replyAddressFor.ts';
import { startAccord, type AccordProcess } from '../support/startAccord.ts';
import { anchorsAround } from '../support/textAnchors.ts';
import { waitFor } from '../support/waitFor.ts';
import { writeStoredText } from '../support/writeStoredText.ts';

const MAX_BYTES = 64 * 1024;
const MAX_COMMENT_CHARS = 2000;

/** What the listener answered: the SMTP code, and the command it answered when it refused. */
interface Answer {
  code: number;
  command: string | null;
  response: string;
}

interface Mail {
  from: string;
  text?: string;
  html?: string;
  messageId?: string;
  headers?: Record<string, string>;
}

describe('replies by e-mail', () => {
  let server: AccordProcess;
  let secretariat: ApiClient;
  let statementId: string;
  let anchors: { anchorStart: string; anchorEnd: string };
  let orgA: string;
  let orgB: string;
  let author: Contact;
  let replier: Contact;
  let threadId: string;
  let port: number;

  const send = async (to: string, mail: Mail): Promise<Answer> => {
    const transport = nodemailer.createTransport({ host: '127.0.0.1', port, secure: false, ignoreTLS: true });
    try {
      const info = (await transport.sendMail({ to, subject: 'Re: a comment on the joint statement', ...mail })) as { response: string };
      return { code: Number(info.response.slice(0, 3)), command: null, response: info.response };
    } catch (error) {
      const failure = error as { responseCode?: number; command?: string; response?: string; message: string };
      return { code: failure.responseCode ?? 0, command: failure.command ?? null, response: failure.response ?? failure.message };
    } finally {
      transport.close();
    }
  };

  const threadAs = async (client: ApiClient, id: string): Promise<ThreadView> => {
    const threads = await client.get<ThreadView[]>(`/api/statements/${statementId}/threads?limit=200`);
    const thread = threads.body.find((candidate) => candidate.id === id);
    if (!thread) throw new Error(`thread ${id} is not listed`);
    return thread;
  };

  const openThread = async (client: ApiClient, visibility: 'coalition' | 'organisation', body: string): Promise<string> => {
    const created = await client.post<ThreadView>(`/api/statements/${statementId}/threads`, { kind: 'comment', ...anchors, body, visibility });
    if (created.status !== 201) throw new Error(`opening a thread failed: ${JSON.stringify(created.body)}`);
    return created.body.id;
  };

  const quoted = (words: string) =>
    `${words}\n\nOn Wed, 2 Dec 2026 at 09:14, Accord <notifications@localhost> wrote:\n> Tamar commented on "Joint statement":\n> Should we name the treaty here?\n`;

  beforeAll(async () => {
    server = await startAccord({
      env: { SMTP_INBOUND_PORT: '0', ACCORD_INBOUND_MAX_BYTES: String(MAX_BYTES), ACCORD_MAX_COMMENT_CHARS: String(MAX_COMMENT_CHARS) },
    });
    port = inboundPortOf(server);
    secretariat = await signInAsSecretariat(server);
    orgA = await createOrganisation(secretariat);
    orgB = await createOrganisation(secretariat);
    statementId = (await createStatement(secretariat)).id;
    await writeStoredText(server.wsUrl, statementId, secretariat.cookie, ['Coalition text about openness and interoperability.']);
    const reader = connectCollab(server.wsUrl, statementId, secretariat.cookie);
    await waitForSync(reader);
    anchors = anchorsAround(reader.doc, 'openness');
    reader.destroy();
    author = await createContact(server, secretariat, { orgId: orgA });
    replier = await createContact(server, secretariat, { orgId: orgA });
    threadId = await openThread(author.client, 'coalition', 'Should we name the treaty here?');
  });

  afterAll(async () => {
    await server?.dispose();
  });

  it('posts a reply to the thread as the contact, without the quoted history or signature, live to open editors', async () => {
    const editor: RawCollabSocket = openRawCollabSocket(server.wsUrl, statementId, secretariat.cookie);
    await editor.opened;
    editor.send(frame([MessageType.threads]));
    const address = await replyAddressFor(server, { threadId, userId: replier.userId, mailKey: 'mail-1' });
    expect(address).toMatch(/^reply\+[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+@localhost$/);
    expect(address.split('@')[0]!.length).toBeLessThanOrEqual(64);

    const text = `${quoted('Yes: the Budapest Convention, by name.')}\n-- \n${replier.name}\nRegistry policy team\n`;
    const answer = await send(address, { from: replier.email.toUpperCase(), text });
    expect(answer.code).toBe(250);

    const thread = await threadAs(author.client, threadId);
    expect(thread.comments.map((comment) => ({ author: comment.author.id, body: comment.body }))).toEqual([
      { author: author.userId, body: 'Should we name the treaty here?' },
      { author: replier.userId, body: 'Yes: the Budapest Convention, by name.' },
    ]);
    // The open editor got the thread pushed with the reply in it, as after a reply on the web.
    await waitFor(
      () =>
        editor.framesOfType(MessageType.threads).some((bytes) => {
          const decoder = decoding.createDecoder(bytes);
          decoding.readVarUint(decoder);
          const pushed = JSON.parse(decoding.readVarString(decoder)) as ThreadView;
          return pushed.id === threadId && pushed.comments.some((comment) => comment.body === 'Yes: the Budapest Convention, by name.');
        }),
      { message: 'the live push of the reply' },
    );
    editor.socket.close();

    // A reply written only in HTML is read through its text.
    const html = await send(address, { from: replier.email, html: '<p>And cite <b>Article 15</b> too.</p><blockquote>earlier words</blockquote>' });
    expect(html.code).toBe(250);
    expect((await threadAs(author.client, threadId)).comments.at(-1)?.body).toMatch(/^And cite \S*Article 15\S* too\.$/i);

    const audit = await secretariat.get<{ entries: { actorId: string | null; details: { channel?: string } }[] }>('/api/audit?action=comment.added');
    expect(audit.body.entries.filter((entry) => entry.details.channel === 'email').map((entry) => entry.actorId)).toEqual([replier.userId, replier.userId]);
  });

  it('refuses a forged, expired, revoked or unknown reply address at RCPT with 550, and posts nothing', async () => {
    const address = await replyAddressFor(server, { threadId, userId: replier.userId, mailKey: 'mail-forged' });
    const [localPart, domain] = address.split('@') as [string, string];
    const lastCharacter = localPart.at(-1) === 'A' ? 'B' : 'A';
    const forged = `${localPart.slice(0, -1)}${lastCharacter}@${domain}`;
    const before = (await threadAs(author.client, threadId)).comments.length;

    // An address past ACCORD_REPLY_ADDRESS_DAYS (90 by default) is refused like an unknown one.
    const stale = await replyAddressFor(server, { threadId, userId: replier.userId, mailKey: 'mail-stale' });
    const database = openTestDatabase(server);
    await database.run(
      "UPDATE reply_addresses SET created_at = ? WHERE mail_key = 'mail-stale'",
      new Date(Date.now() - 91 * 24 * 60 * 60 * 1000).toISOString(),
    );
    await database.close();

    // A revoked address too.
    const revoked = await replyAddressFor(server, { threadId, userId: replier.userId, mailKey: 'mail-revoked' });
    await revokeReplyAddress(server, revoked);

    for (const to of [forged, stale, revoked, 'reply+nothing.here@localhost', 'someone@localhost']) {
      const answer = await send(to, { from: replier.email, text: 'A reply through an address nobody was given.' });
      expect({ to, code: answer.code, command: answer.command }).toEqual({ to, code: 550, command: 'RCPT TO' });
    }
    expect((await threadAs(author.client, threadId)).comments).toHaveLength(before);
    // Tokens never reach the log.
    expect(server.output.join('\n')).not.toContain(localPart.slice('reply+'.length, 'reply+'.length + 22));
  });

  it('refuses a reply whose From is not the contact the address was made for', async () => {
    const address = await replyAddressFor(server, { threadId, userId: replier.userId, mailKey: 'mail-from' });
    const before = (await threadAs(author.client, threadId)).comments.length;
    for (const from of [author.email, `"${replier.name}" <${replier.email}.attacker.example>`]) {
      const answer = await send(address, { from, text: 'Posted under someone else’s name?' });
      expect(answer.code).toBe(550);
      expect(answer.response).toContain('only from the address the notification was sent to');
    }
    expect((await threadAs(author.client, threadId)).comments).toHaveLength(before);
  });

  it('posts a mail delivered twice (the same Message-ID) once, and accepts both deliveries', async () => {
    const address = await replyAddressFor(server, { threadId, userId: replier.userId, mailKey: 'mail-twice' });
    const before = (await threadAs(author.client, threadId)).comments.length;
    const mail = { from: replier.email, text: 'Sent once, delivered twice.', messageId: '<resent-1@mail.example.org>' };
    expect((await send(address, mail)).code).toBe(250);
    expect((await send(address, mail)).code).toBe(250);
    const comments = (await threadAs(author.client, threadId)).comments;
    expect(comments).toHaveLength(before + 1);
    expect(comments.filter((comment) => comment.body === 'Sent once, delivered twice.')).toHaveLength(1);
    // Another mail with the same words is another reply.
    expect((await send(address, { ...mail, messageId: '<resent-2@mail.example.org>' })).code).toBe(250);
    expect((await threadAs(author.client, threadId)).comments).toHaveLength(before + 2);
  });

  it('refuses replies that would be empty, too long or oversized, saying why', async () => {
    const address = await replyAddressFor(server, { threadId, userId: replier.userId, mailKey: 'mail-limits' });
    const before = (await threadAs(author.client, threadId)).comments.length;

    const empty = await send(address, { from: replier.email, text: quoted('') });
    expect(empty.code).toBe(550);
    expect(empty.response).toContain('empty');

    const long = await send(address, { from: replier.email, text: 'word '.repeat(MAX_COMMENT_CHARS) });
    expect(long.code).toBe(550);
    expect(long.response).toContain(`at most ${MAX_COMMENT_CHARS.toLocaleString('en')} characters`);

    const oversized = await send(address, { from: replier.email, text: 'x'.repeat(MAX_BYTES + 1024) });
    expect(oversized.code).toBe(552);

    const automatic = await send(address, { from: replier.email, text: 'I am out of the office.', headers: { 'Auto-Submitted': 'auto-replied' } });
    expect(automatic.code).toBe(550);

    expect((await threadAs(author.client, threadId)).comments).toHaveLength(before);
  });

  it('refuses a reply to a thread the contact may no longer see: another organisation’s own thread', async () => {
    const other = await createContact(server, secretariat, { orgId: orgB });
    const ownThread = await openThread(other.client, 'organisation', 'Within our organisation only.');
    const address = await replyAddressFor(server, { threadId: ownThread, userId: replier.userId, mailKey: 'mail-org-only' });
    const answer = await send(address, { from: replier.email, text: 'I should not be able to answer this.' });
    expect(answer.code).toBe(550);
    expect(answer.response).toContain('no longer see this conversation');
    expect((await threadAs(other.client, ownThread)).comments).toHaveLength(1);
  });

  it('refuses a reply from a contact who was removed', async () => {
    const leaving = await createContact(server, secretariat, { orgId: orgA });
    const address = await replyAddressFor(server, { threadId, userId: leaving.userId, mailKey: 'mail-removed' });
    expect((await secretariat.delete(`/api/users/${leaving.userId}`)).status).toBe(204);
    const before = (await threadAs(author.client, threadId)).comments.length;
    const answer = await send(address, { from: leaving.email, text: 'A reply after I left.' });
    expect(answer.code).toBe(550);
    expect(answer.response).toContain('was removed');
    expect((await threadAs(author.client, threadId)).comments).toHaveLength(before);
  });

  it('refuses a reply once the contact’s organisation lost access (a new Statement of Purpose it has not agreed to)', async () => {
    const address = await replyAddressFor(server, { threadId, userId: replier.userId, mailKey: 'mail-purpose' });
    const published = await secretariat.post('/api/purpose', { text: 'A revised Statement of Purpose, with a paragraph on replies by e-mail.' });
    expect(published.status).toBe(201);
    const before = (await threadAs(secretariat, threadId)).comments.length;
    const answer = await send(address, { from: replier.email, text: 'Replying before we agreed again.' });
    expect(answer.code).toBe(550);
    expect((await threadAs(secretariat, threadId)).comments).toHaveLength(before);

    // Agreed again, the same address works.
    await agreeToPurpose(replier, orgA);
    expect((await send(address, { from: replier.email, text: 'Replying after we agreed again.' })).code).toBe(250);
    expect((await threadAs(secretariat, threadId)).comments.at(-1)?.body).toBe('Replying after we agreed again.');
  });
});
