import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, startAccord, type AccordProcess } from '../support/startAccord.ts';
import { launchChromium } from './support/launchChromium.ts';
import { signIn } from './support/signIn.ts';

describe('the header at phone width: a Menu disclosure holds the navigation, the search stays in view', () => {
  let server: AccordProcess;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await startAccord();
    browser = await launchChromium();
    page = await (await browser.newContext({ viewport: { width: 375, height: 812 } })).newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
  });

  it('opens and closes the menu by click and Escape, returns focus, and reaches every page', async () => {
    await signIn(page, server.url, ADMIN.email, ADMIN.password);
    const header = page.locator('header.app-header');
    const menuButton = header.getByRole('button', { name: 'Menu' });
    const statements = header.getByRole('link', { name: 'Statements', exact: true });
    const account = header.getByRole('link', { name: 'Account' });

    // Signing in lands on the dashboard; its header comes once the session is loaded.
    await header.getByRole('searchbox').waitFor();
    expect(await menuButton.getAttribute('aria-expanded')).toBe('false');
    expect(await statements.isVisible()).toBe(false);
    expect(await account.isVisible()).toBe(false);
    // The header fits the phone: nothing scrolls sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);

    await menuButton.click();
    expect(await menuButton.getAttribute('aria-expanded')).toBe('true');
    const panelId = await menuButton.getAttribute('aria-controls');
    expect(await page.locator(`[id="${panelId}"]`).isVisible()).toBe(true);
    expect(await statements.isVisible()).toBe(true);
    expect(await account.isVisible()).toBe(true);
    expect(await header.getByRole('button', { name: 'Sign out' }).isVisible()).toBe(true);
    expect(await header.getByRole('searchbox').isVisible()).toBe(true);

    // Escape inside the open admin menu closes that menu first, then the panel, and focus comes back.
    await header.getByText('Administration').click();
    await header.getByRole('link', { name: 'Audit log' }).focus();
    await page.keyboard.press('Escape');
    expect(await header.getByRole('link', { name: 'Audit log' }).isVisible()).toBe(false);
    expect(await menuButton.getAttribute('aria-expanded')).toBe('true');
    await statements.focus();
    await page.keyboard.press('Escape');
    expect(await menuButton.getAttribute('aria-expanded')).toBe('false');
    expect(await statements.isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Menu');

    // Keyboard: Enter opens it; following a link lands on the page with the menu closed.
    await page.keyboard.press('Enter');
    expect(await menuButton.getAttribute('aria-expanded')).toBe('true');
    await account.click();
    await page.waitForURL(`${server.url}/account`);
    await expect.poll(() => menuButton.getAttribute('aria-expanded')).toBe('false');

    await menuButton.click();
    await header.getByText('Administration').click();
    await header.getByRole('link', { name: 'Audit log' }).click();
    await page.waitForURL(/\/admin\/audit/);
    await expect.poll(() => menuButton.getAttribute('aria-expanded')).toBe('false');
  });

  it('shows everything inline at desktop width, without the Menu button', async () => {
    await page.setViewportSize({ width: 1280, height: 900 });
    const header = page.locator('header.app-header');
    expect(await header.getByRole('button', { name: 'Menu' }).isVisible()).toBe(false);
    expect(await header.getByRole('link', { name: 'Statements', exact: true }).isVisible()).toBe(true);
    expect(await header.getByRole('link', { name: 'Account' }).isVisible()).toBe(true);
    expect(await header.getByRole('searchbox').isVisible()).toBe(true);
  });
});
