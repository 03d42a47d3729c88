import nodemailer from 'nodemailer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ThreadView } from '../../shared/api/types.ts';
import type { ApiClient } from '../support/ApiClient.ts';
import { createContact, createOrganisation, createStatement, signInAsSecretariat, type Contact } from '../support/coalition.ts';
import { connectCollab, waitForSync } from '../support/collabClient.ts';
import { inboundPortOf, replyAddressFor } from '../support/replyAddressFor.ts';
import { startAccord, type AccordProcess } from '../support/startAccord.ts';
import { anchorsAround } from '../support/textAnchors.ts';
import { writeStoredText } from '../support/writeStoredText.ts';

const MAILS_PER_MINUTE = 3;

describe('inbound mail rate limit', () => {
  let server: AccordProcess;
  let secretariat: ApiClient;
  let contact: Contact;
  let statementId: string;
  let threadId: string;

  beforeAll(async () => {
    server = await startAccord({ env: { SMTP_INBOUND_PORT: '0', ACCORD_INBOUND_MAILS_PER_MINUTE: String(MAILS_PER_MINUTE) } });
    secretariat = await signInAsSecretariat(server);
    statementId = (await createStatement(secretariat)).id;
    await writeStoredText(server.wsUrl, statementId, secretariat.cookie, ['A short text about openness.']);
    const reader = connectCollab(server.wsUrl, statementId, secretariat.cookie);
    await waitForSync(reader);
    const anchors = anchorsAround(reader.doc, 'openness');
    reader.destroy();
    contact = await createContact(server, secretariat, { orgId: await createOrganisation(secretariat) });
    const created = await contact.client.post<ThreadView>(`/api/statements/${statementId}/threads`, { kind: 'comment', ...anchors, body: 'First.' });
    threadId = created.body.id;
  });

  afterAll(async () => {
    await server?.dispose();
  });

  it('answers a sender past its mails per minute with 451 (try later), and posts nothing more', async () => {
    const address = await replyAddressFor(server, { threadId, userId: contact.userId, mailKey: 'mail-rate' });
    const transport = nodemailer.createTransport({ host: '127.0.0.1', port: inboundPortOf(server), secure: false, ignoreTLS: true });
    const answers: (number | undefined)[] = [];
    try {
      for (let index = 0; index <= MAILS_PER_MINUTE; index++) {
        try {
          await transport.sendMail({ from: contact.email, to: address, subject: 'Re: First.', text: `Reply ${index}` });
          answers.push(250);
        } catch (error) {
          answers.push((error as { responseCode?: number }).responseCode);
        }
      }
    } finally {
      transport.close();
    }
    expect(answers).toEqual([250, 250, 250, 451]);
    const threads = await contact.client.get<ThreadView[]>(`/api/statements/${statementId}/threads`);
    expect(threads.body.find((thread) => thread.id === threadId)?.comments.map((comment) => comment.body)).toEqual(['First.', 'Reply 0', 'Reply 1', 'Reply 2']);
  });
});
