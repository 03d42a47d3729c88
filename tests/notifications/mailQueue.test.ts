import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ParsedMail } from 'mailparser';
import type { OutboxPageView } from '../../shared/api/types.ts';
import { ApiClient } from '../support/ApiClient.ts';
import { createContact, createOrganisation, signInAsSecretariat } from '../support/coalition.ts';
import { startAccord, type AccordProcess } from '../support/startAccord.ts';
import { waitFor } from '../support/waitFor.ts';
import { startSmtpSink, type SmtpSink } from './support/smtpSink.ts';

const MAIL_ENV = { ACCORD_MAIL_RETRY_MS: '50', ACCORD_MAIL_POLL_MS: '20' };

function headerLine(mail: ParsedMail, name: string): string | undefined {
  return mail.headerLines.find((line) => line.key === name)?.line.replace(/\r?\n\s+/g, ' ');
}

function linkIn(text: string, path: string): string {
  const match = new RegExp(`https?://\\S+${path}/\\S+`).exec(text);
  if (match === null) throw new Error(`no ${path} link in ${text}`);
  return match[0];
}

describe('e-mail out through SMTP: the durable queue', () => {
  let smtp: SmtpSink;
  let server: AccordProcess;
  let secretariat: ApiClient;
  let orgId: string;

  beforeAll(async () => {
    smtp = await startSmtpSink();
    server = await startAccord({ env: { ...MAIL_ENV, SMTP_URL: smtp.url, MAIL_FROM: 'Coalition <accord@mail.example.org>' } });
    secretariat = await signInAsSecretariat(server);
    orgId = await createOrganisation(secretariat, { name: 'Mail Org' });
  });

  afterAll(async () => {
    await server?.dispose();
    await smtp?.close();
  });

  async function invite(email: string): Promise<{ id: string; token: string }> {
    const invitation = await secretariat.post<{ id: string; token: string; url: string }>('/api/invitations', { email, orgId, role: 'contact' });
    expect(invitation.status).toBe(201);
    return invitation.body;
  }

  async function outbox(query = ''): Promise<OutboxPageView> {
    const page = await secretariat.get<OutboxPageView>(`/api/admin/outbox${query}`);
    expect(page.status).toBe(200);
    return page.body;
  }

  it('mails an invitation with text and HTML parts whose link signs the invitee in', async () => {
    const invitation = await invite('invitee.one@example.org');
    const messageId = `<invitation-${invitation.id}@mail.example.org>`;
    const mail = await waitFor(() => smtp.messages.find((message) => message.messageId === messageId), { message: 'the invitation mail' });
    expect(mail.to && !Array.isArray(mail.to) ? mail.to.text : '').toBe('invitee.one@example.org');
    expect(mail.from?.text).toContain('accord@mail.example.org');
    expect(mail.subject).toBe('Your invitation to Accord');
    expect(mail.text).toContain(`/invitations/${invitation.token}`);
    expect(mail.html).toContain(`/invitations/${invitation.token}`);
    expect(mail.html).toContain('<a href=');

    const link = new URL(linkIn(mail.text ?? '', '/invitations'));
    expect(link.origin).toBe(server.url);
    const token = link.pathname.split('/').at(-1) ?? '';
    const invitee = new ApiClient(server.url);
    const accepted = await invitee.post(`/api/invitations/${token}/accept`, { name: 'Invitee One', password: 'a long enough password' });
    expect(accepted.status).toBe(201);
    const me = await invitee.get<{ user: { email: string; timeZone?: string; notifications: string } }>('/api/me');
    expect(me.body.user).toMatchObject({ email: 'invitee.one@example.org', notifications: 'immediate' });
    // No zone until the invitee chooses one: the app shows the browser's, mail uses UTC.
    expect(me.body.user.timeZone).toBeUndefined();

    const listed = await outbox('?status=sent');
    expect(listed.mode).toEqual({ kind: 'smtp', server: smtp.url });
    expect(listed.entries.find((entry) => entry.key === `invitation-${invitation.id}`)).toMatchObject({ status: 'sent', to: 'invitee.one@example.org' });
    // Outbox is the secretariat's.
    const contact = await createContact(server, secretariat, { orgId });
    expect((await contact.client.get('/api/admin/outbox')).status).toBe(403);
  });

  it('retries while the SMTP server refuses, and delivers once when it accepts again', async () => {
    smtp.refusing = true;
    const refusalsBefore = smtp.refusals;
    const invitation = await invite('invitee.two@example.org');
    const key = `invitation-${invitation.id}`;
    await waitFor(() => smtp.refusals >= refusalsBefore + 3, { message: 'three refused attempts' });
    const queued = await waitFor(async () => (await outbox()).entries.find((entry) => entry.key === key && entry.attempts >= 2), {
      message: 'attempts recorded',
    });
    expect(queued.status).toMatch(/queued|sending/);
    expect(queued.lastError).toContain('451');
    expect(smtp.count(`<${key}@mail.example.org>`)).toBe(0);

    smtp.refusing = false;
    const messageId = `<${key}@mail.example.org>`;
    await waitFor(() => smtp.count(messageId) === 1, { message: 'the mail after the refusals' });
    await waitFor(async () => (await outbox('?status=sent')).entries.some((entry) => entry.key === key), { message: 'marked sent' });
    expect(smtp.count(messageId)).toBe(1);
  });

  it('loses nothing and sends nothing twice across a crash while the SMTP server is down and a graceful restart', async () => {
    const port = smtp.port;
    const sentBefore = [...smtp.messages];
    await smtp.close();
    const invitation = await invite('invitee.three@example.org');
    const key = `invitation-${invitation.id}`;
    await waitFor(async () => ((await outbox()).entries.find((entry) => entry.key === key)?.attempts ?? 0) >= 2, { message: 'failed attempts while down' });

    await server.kill();
    smtp = await startSmtpSink(port);
    server = await server.restart();
    secretariat = await signInAsSecretariat(server);
    const messageId = `<${key}@mail.example.org>`;
    await waitFor(() => smtp.count(messageId) === 1, { message: 'the mail queued before the crash' });

    // A graceful restart: nothing sent already goes out again.
    server = await server.restart();
    secretariat = await signInAsSecretariat(server);
    const after = await invite('invitee.four@example.org');
    await waitFor(() => smtp.count(`<invitation-${after.id}@mail.example.org>`) === 1, { message: 'a mail after the restart' });
    expect(smtp.count(messageId)).toBe(1);
    for (const earlier of sentBefore) expect(smtp.count(earlier.messageId ?? '')).toBe(0);
  });

  it('mails password resets (secretariat-issued and self-service) with a one-click unsubscribe that only POST honours', async () => {
    const contact = await createContact(server, secretariat, { orgId });
    const issued = await secretariat.post<{ token: string }>(`/api/users/${contact.userId}/password-reset`);
    expect(issued.status).toBe(201);
    const mail = await waitFor(() => smtp.messages.find((message) => message.text?.includes(`/reset-password/${issued.body.token}`)), {
      message: 'the reset mail',
    });
    expect(mail.html).toContain(`/reset-password/${issued.body.token}`);
    expect(headerLine(mail, 'list-unsubscribe-post')).toBe('List-Unsubscribe-Post: List-Unsubscribe=One-Click');
    const unsubscribe = /<(https?:[^>]+)>/.exec(headerLine(mail, 'list-unsubscribe') ?? '')?.[1] ?? '';
    expect(unsubscribe).toContain('/mail/unsubscribe/');

    const page = await fetch(unsubscribe);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<form method="post"');
    expect((await contact.client.get<{ email: string }>('/api/me/notifications')).body.email).toBe('immediate');

    const forged = await fetch(`${unsubscribe.slice(0, -2)}xx`, {
      method: 'POST',
      body: 'List-Unsubscribe=One-Click',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(forged.status).toBe(404);
    const posted = await fetch(unsubscribe, {
      method: 'POST',
      body: 'List-Unsubscribe=One-Click',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(posted.status).toBe(200);
    expect((await contact.client.get<{ email: string }>('/api/me/notifications')).body.email).toBe('off');

    // Forgot your password: 204 whether the account exists or not; a mail only when it does.
    const anonymous = new ApiClient(server.url);
    expect((await anonymous.post('/api/auth/forgot', { email: 'nobody@example.org' })).status).toBe(204);
    expect((await anonymous.post('/api/auth/forgot', { email: contact.email.toUpperCase() })).status).toBe(204);
    const forgot = await waitFor(
      () =>
        smtp.messages.find(
          (message) => message.subject === 'Reset your Accord password' && message.messageId !== mail.messageId && message.text?.includes(contact.name),
        ),
      { message: 'the self-service reset mail' },
    );
    const token = new URL(linkIn(forgot.text ?? '', '/reset-password')).pathname.split('/').at(-1);
    const reset = await anonymous.post(`/api/password-resets/${token}`, { password: 'another long password' });
    expect(reset.status).toBe(201);
    expect(smtp.messages.some((message) => (message.to && !Array.isArray(message.to) ? message.to.text : '') === 'nobody@example.org')).toBe(false);
  });

  it('does not send what was queued for an account removed since', async () => {
    const contact = await createContact(server, secretariat, { orgId });
    smtp.refusing = true;
    const issued = await secretariat.post<{ token: string }>(`/api/users/${contact.userId}/password-reset`);
    expect(issued.status).toBe(201);
    const isReset = (entry: { to: string; subject: string }) => entry.to === contact.email && entry.subject === 'Reset your Accord password';
    await waitFor(async () => (await outbox()).entries.some((entry) => isReset(entry) && entry.attempts >= 1), { message: 'a refused attempt' });
    expect((await secretariat.delete(`/api/users/${contact.userId}`)).status).toBe(204);
    smtp.refusing = false;
    // The next attempt comes after an exponential backoff that grew while the account was being removed
    // (up to about as long again as that took): a loaded machine needs more than the default 10 s.
    const dropped = await waitFor(async () => (await outbox('?status=failed')).entries.find(isReset), { message: 'the mail marked failed', timeoutMs: 60_000 });
    expect(dropped.lastError).toContain('account was removed');
    expect(smtp.messages.some((message) => message.text?.includes(issued.body.token))).toBe(false);
  });

  it('keeps notification settings, validating the time zone', async () => {
    const contact = await createContact(server, secretariat, { orgId });
    expect((await contact.client.get('/api/me/notifications')).body).toEqual({ email: 'immediate', timeZone: 'UTC' });
    const bad = await contact.client.request<{ error: { message: string } }>('PUT', '/api/me/notifications', { email: 'daily', timeZone: 'Mars/Olympus' });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('time zone');
    expect((await contact.client.request('PUT', '/api/me/notifications', { email: 'hourly', timeZone: 'UTC' })).status).toBe(400);
    const saved = await contact.client.request('PUT', '/api/me/notifications', { email: 'weekly', timeZone: 'America/Bogota' });
    expect(saved.status).toBe(200);
    expect(saved.body).toEqual({ email: 'weekly', timeZone: 'America/Bogota' });
    const me = await contact.client.get<{ user: { timeZone: string; notifications: string } }>('/api/me');
    expect(me.body.user).toMatchObject({ timeZone: 'America/Bogota', notifications: 'weekly' });
    expect((await new ApiClient(server.url).get('/api/me/notifications')).status).toBe(401);
  });
});
