import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStatement, signInAsSecretariat } from '../support/coalition.ts';
import { ADMIN, startAccord, type AccordProcess } from '../support/startAccord.ts';
import { launchChromium } from './support/launchChromium.ts';
import { signIn } from './support/signIn.ts';

// Finding L16: lists come a page at a time (50 by default); a list longer than a page offers "Load more".
describe('a long list of statements loads more on request', () => {
  const COUNT = 53;
  let server: AccordProcess;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await startAccord();
    const secretariat = await signInAsSecretariat(server);
    for (let index = 0; index < COUNT; index++) await createStatement(secretariat, `Statement number ${index}`);
    browser = await launchChromium();
    page = await (await browser.newContext()).newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
  });

  it('shows the first 50, then the rest after "Load more statements"', async () => {
    await signIn(page, server.url, ADMIN.email, ADMIN.password);
    // The full list is its own page; the dashboard at / shows a few of each stage.
    await page.goto(`${server.url}/statements`);
    const cards = page.locator('.statement-card');
    const loadMore = page.getByRole('button', { name: 'Load more statements' });
    await loadMore.waitFor();
    expect(await cards.count()).toBe(50);
    await loadMore.click();
    await page.locator('.statement-card', { hasText: 'Statement number 0' }).waitFor();
    expect(await cards.count()).toBe(COUNT);
    expect(await loadMore.count()).toBe(0);
  });
});
