import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, startAccord, type AccordProcess } from '../support/startAccord.ts';
import { launchChromium } from './support/launchChromium.ts';
import { signIn } from './support/signIn.ts';

const ACCOUNT_CHUNK = /\/assets\/AccountPage-[^/]*\.js$/;

describe('a page whose code fails to load shows a message and a Reload button instead of a blank page', () => {
  let server: AccordProcess;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await startAccord();
    browser = await launchChromium();
    page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
  });

  it('says the page could not be loaded, then works after Reload once the code arrives', async () => {
    await signIn(page, server.url, ADMIN.email, ADMIN.password);
    let blocked = 0;
    await page.route(ACCOUNT_CHUNK, (route) => {
      blocked++;
      return route.abort('internetdisconnected');
    });

    await page.getByRole('link', { name: 'Account' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'This page could not be loaded' });
    await alert.waitFor({ timeout: 10_000 });
    expect(blocked).toBeGreaterThan(0);
    expect(await alert.innerText()).toContain('you may be offline');

    await page.unroute(ACCOUNT_CHUNK);
    await alert.getByRole('button', { name: 'Reload' }).click();
    await page.getByRole('heading', { level: 1, name: 'Your account' }).waitFor({ timeout: 10_000 });
    expect(await page.getByText('This page could not be loaded').count()).toBe(0);
  });
});
