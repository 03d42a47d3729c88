import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, startAccord, type AccordProcess } from '../support/startAccord.ts';
import { launchChromium } from './support/launchChromium.ts';
import { signIn } from './support/signIn.ts';

/** A form the server refuses says, in the reader's language, which field is wrong and how. */
describe('a form error in French', () => {
  let server: AccordProcess;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await startAccord();
    browser = await launchChromium();
    page = await (await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'fr-FR' })).newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
  });

  it('names the missing field in French instead of "Invalid input"', async () => {
    await signIn(page, server.url, ADMIN.email, ADMIN.password);
    await page.goto(`${server.url}/admin/consultations`);
    // Only spaces: the browser lets it through, the server trims it to nothing.
    await page.getByLabel('Nom de la consultation').fill('   ');
    await page.getByLabel('Organisée par').fill('Assemblée générale des Nations Unies');
    await page.getByLabel('Lien').fill('https://www.un.org/wsis20');
    await page.getByLabel('Date limite', { exact: true }).fill('2031-03-14T17:00');
    await page.getByRole('button', { name: 'Ajouter la consultation' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toBe('Le champ «\u202fnom\u202f» est obligatoire.');
  });
});
