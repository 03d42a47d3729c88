import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStatement, signInAsSecretariat } from '../support/coalition.ts';
import { ADMIN, startAccord, type AccordProcess } from '../support/startAccord.ts';
import { launchChromium } from './support/launchChromium.ts';
import { signIn } from './support/signIn.ts';

const accordDatabases = (page: Page) =>
  page.evaluate(async () => (await indexedDB.databases()).map((database) => database.name ?? '').filter((name) => name.startsWith('accord-')));

/**
 * L10: the offline copy of a statement (y-indexeddb) is keyed by the user and deleted at sign-out,
 * so the next person on a shared browser finds nothing of it.
 */
describe('offline copies end with the session', () => {
  let server: AccordProcess;
  let browser: Browser;

  beforeAll(async () => {
    server = await startAccord();
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
  });

  it('names the copy after the user and deletes it when they sign out', async () => {
    const secretariat = await signInAsSecretariat(server);
    const statementId = (await createStatement(secretariat, 'Offline copy')).id;
    const userId = (await secretariat.get<{ user: { id: string } }>('/api/me')).body.user.id;
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, server.url, ADMIN.email, ADMIN.password);
    await page.goto(`${server.url}/statements/${statementId}`);
    await page.locator('.ProseMirror').waitFor();
    await expect.poll(() => accordDatabases(page), { timeout: 10_000 }).toContain(`accord-${userId}-statement-${statementId}`);

    await page.getByRole('button', { name: /sign out/i }).click();
    await page.waitForURL(/\/login/);
    await expect.poll(() => accordDatabases(page), { timeout: 10_000 }).toEqual([]);
    await context.close();
  });
});
