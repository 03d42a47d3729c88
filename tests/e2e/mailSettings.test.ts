import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../support/ApiClient.ts';
import { type Contact, createContact, createOrganisation, PASSWORD, signInAsSecretariat } from '../support/coalition.ts';
import { ADMIN, startAccord, type AccordProcess } from '../support/startAccord.ts';
import { waitFor } from '../support/waitFor.ts';
import { launchChromium } from './support/launchChromium.ts';
import { signIn } from './support/signIn.ts';

describe('e-mail settings, "Forgot your password?" and the outbox in the browser', () => {
  let server: AccordProcess;
  let secretariat: ApiClient;
  let contact: Contact;
  let browser: Browser;

  beforeAll(async () => {
    server = await startAccord({ env: { ACCORD_MAIL_POLL_MS: '20' } });
    secretariat = await signInAsSecretariat(server);
    contact = await createContact(server, secretariat, { orgId: await createOrganisation(secretariat, { name: 'Mail Browser Org' }) });
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
  });

  it('a contact in Tokyo chooses a daily digest; the time zone defaults to the browser’s', async () => {
    const page = await (await browser.newContext({ timezoneId: 'Asia/Tokyo' })).newPage();
    await signIn(page, server.url, contact.email, PASSWORD);
    await page.goto(`${server.url}/account`);
    const section = page.getByRole('region', { name: 'Notifications' });
    await expect.poll(() => section.getByRole('radio', { name: /Right away/ }).isChecked()).toBe(true);
    expect(await section.getByRole('combobox', { name: /^Your time zone/ }).inputValue()).toBe('Asia/Tokyo');
    await section.getByRole('radio', { name: /Daily digest/ }).check();
    await section.getByRole('button', { name: 'Save notification settings' }).click();
    await section.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    expect((await contact.client.get('/api/me/notifications')).body).toEqual({ email: 'daily', timeZone: 'Asia/Tokyo' });
  });

  it('someone who forgot their password asks for a link from the sign-in page and it is written to the outbox', async () => {
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${server.url}/login`);
    await page.getByRole('link', { name: 'Forgot your password?' }).click();
    await page.getByLabel('E-mail').fill(contact.email);
    await page.getByRole('button', { name: 'Mail me a reset link' }).click();
    await page.getByRole('heading', { name: 'Check your mail' }).waitFor();
    const directory = path.join(server.dataDir, 'outbox');
    await waitFor(
      () =>
        fs.existsSync(directory) &&
        fs.readdirSync(directory).some((name) => name.includes('-reset-') && fs.readFileSync(path.join(directory, name), 'utf8').includes(contact.email)),
      { message: 'the reset mail in the outbox' },
    );
  });

  it('the secretariat sees how mail leaves and every mail in the outbox', async () => {
    const page = await (await browser.newContext()).newPage();
    await signIn(page, server.url, ADMIN.email, ADMIN.password);
    await page.goto(`${server.url}/admin/outbox`);
    await page.getByText('because SMTP_URL is not set').waitFor();
    const rows = page.locator('tbody tr');
    await expect.poll(() => rows.filter({ hasText: 'Your invitation to Accord' }).filter({ hasText: contact.email }).count()).toBe(1);
    await expect.poll(() => rows.filter({ hasText: 'Reset your Accord password' }).count()).toBe(1);
    await page.getByLabel('Show').selectOption('failed');
    await page.getByRole('heading', { name: 'No mails' }).waitFor();
  });
});
