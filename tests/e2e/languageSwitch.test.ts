import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Contact, createContact, createOrganisation, PASSWORD, signInAsSecretariat } from '../support/coalition.ts';
import { type AccordProcess, startAccord } from '../support/startAccord.ts';
import { launchChromium } from './support/launchChromium.ts';
import { signIn } from './support/signIn.ts';

describe('a language per person, switched in the browser', () => {
  let server: AccordProcess;
  let contact: Contact;
  let browser: Browser;

  beforeAll(async () => {
    server = await startAccord();
    const secretariat = await signInAsSecretariat(server);
    contact = await createContact(server, secretariat, { orgId: await createOrganisation(secretariat, { name: 'Langue Org' }) });
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
  });

  it('a contact picks Français on the account page: the header and the page read in French at once, after reload, and on another device', async () => {
    const page = await (await browser.newContext({ locale: 'en-GB' })).newPage();
    await signIn(page, server.url, contact.email, PASSWORD);
    await page.goto(`${server.url}/account`);
    const header = page.getByRole('banner');
    await header.getByRole('link', { name: 'Account' }).waitFor();
    await page.getByRole('combobox', { name: 'Language' }).selectOption('fr');

    // At once, without a reload.
    await header.getByRole('link', { name: 'Compte' }).waitFor();
    await header.getByRole('button', { name: 'Se déconnecter' }).waitFor();
    await page.getByRole('heading', { name: 'Langue' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('fr');
    await expect.poll(async () => (await contact.client.get<{ user: { language: unknown } }>('/api/me')).body.user.language).toBe('fr');

    await page.reload();
    await page.getByRole('banner').getByRole('link', { name: 'Compte' }).waitFor();
    await page.getByRole('heading', { name: 'Langue' }).waitFor();
    expect(await page.getByRole('combobox', { name: 'Langue' }).inputValue()).toBe('fr');
    expect(await page.locator('html').getAttribute('lang')).toBe('fr');

    // Saved on the account, not only on this device: a fresh English browser follows it once signed in.
    const elsewhere = await (await browser.newContext({ locale: 'en-GB' })).newPage();
    await signIn(elsewhere, server.url, contact.email, PASSWORD);
    await elsewhere.getByRole('banner').getByRole('link', { name: 'Déclarations' }).waitFor();
    expect(await elsewhere.locator('html').getAttribute('lang')).toBe('fr');
  });

  it('a signed-out visitor on a Spanish browser sees the sign-in page in Spanish, and can switch it', async () => {
    const page = await (await browser.newContext({ locale: 'es-ES' })).newPage();
    await page.goto(`${server.url}/login`);
    const languages = page.getByRole('navigation', { name: 'Idioma' });
    await languages.waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('es');
    expect(await languages.getByRole('button', { name: 'Español' }).getAttribute('aria-current')).toBe('true');
    expect(await languages.getByRole('button', { name: 'Français' }).getAttribute('lang')).toBe('fr');

    await languages.getByRole('button', { name: 'English' }).click();
    await page.getByRole('navigation', { name: 'Language' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
  });
});
