import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContact, createOrganisation, signInAsSecretariat } from '../support/coalition.ts';
import { ADMIN, startAccord, type AccordProcess } from '../support/startAccord.ts';
import { launchChromium } from './support/launchChromium.ts';
import { signIn } from './support/signIn.ts';

/** The secretariat's pages follow a French browser: words, plurals, names of countries, sentences around code. */
describe('the secretariat’s pages in French', () => {
  let server: AccordProcess;
  let orgId: string;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await startAccord();
    const secretariat = await signInAsSecretariat(server);
    orgId = await createOrganisation(secretariat, { name: 'Registre Exemple' });
    await createContact(server, secretariat, { orgId });
    browser = await launchChromium();
    page = await (await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'fr-FR' })).newPage();
    await signIn(page, server.url, ADMIN.email, ADMIN.password);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
  });

  it('an organisation reads in French, and its removal agrees with its one contact', async () => {
    await page.goto(`${server.url}/admin/organisations/${orgId}`);
    await page.getByRole('heading', { level: 1, name: 'Registre Exemple' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('fr');
    const intro = page.locator('.meta-line');
    await expect.poll(() => intro.textContent()).toContain('Registre de ccTLD');
    expect(await intro.textContent()).toContain('Pays-Bas');
    expect(await intro.textContent()).toContain('Acceptée v1');
    await page.getByRole('heading', { name: 'Inviter un contact' }).waitFor();
    await page.getByText('Retire Registre Exemple, son contact (aussitôt déconnecté) et ses invitations en cours.').waitFor();
    await page.getByRole('navigation', { name: 'Administration' }).getByRole('link', { name: 'Journal d’audit' }).waitFor();
  });

  it('the outbox explains how mail leaves in French, with the setting’s name as code', async () => {
    await page.goto(`${server.url}/admin/outbox`);
    await page.getByRole('heading', { level: 1, name: 'Boîte d’envoi' }).waitFor();
    await page.getByText('car SMTP_URL n’est pas défini').waitFor();
    expect(await page.locator('.outbox-mode code').allTextContents()).toContain('SMTP_URL');
    await page.getByLabel('Afficher').selectOption('failed');
    await page.getByRole('heading', { name: 'Aucun message' }).waitFor();
  });

  it('the audit log counts the checked chain in French', async () => {
    await page.goto(`${server.url}/admin/audit`);
    await page.getByRole('heading', { level: 1, name: 'Journal d’audit' }).waitFor();
    await page
      .getByTestId('chain-status')
      .getByText(/Chaîne intacte\s: [\d\s\u202f]+ entrées vérifiées/)
      .waitFor();
    await page.getByRole('button', { name: 'Vérifier à nouveau' }).waitFor();
  });
});
