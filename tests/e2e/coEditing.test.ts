import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../support/ApiClient.ts';
import { createContact, createOrganisation, PASSWORD, signInAsSecretariat, type Contact } from '../support/coalition.ts';
import { ADMIN, startAccord, type AccordProcess } from '../support/startAccord.ts';
import { launchChromium } from './support/launchChromium.ts';
import { signIn } from './support/signIn.ts';
import { storedUpdateCount } from './support/storedUpdateCount.ts';
import { editorText } from './support/editorText.ts';

describe('co-editing in the browser', () => {
  let server: AccordProcess;
  let secretariatApi: ApiClient;
  let drafter: Contact;
  let browser: Browser;
  let secretariatContext: BrowserContext;
  let drafterContext: BrowserContext;
  let secretariatPage: Page;
  let drafterPage: Page;
  let statementId: string;

  beforeAll(async () => {
    server = await startAccord();
    secretariatApi = await signInAsSecretariat(server);
    const orgId = await createOrganisation(secretariatApi, { name: 'Registro Ejemplo' });
    drafter = await createContact(server, secretariatApi, { orgId, name: 'Bea Drafter' });
    browser = await launchChromium();
    secretariatContext = await browser.newContext();
    drafterContext = await browser.newContext();
    secretariatPage = await secretariatContext.newPage();
    drafterPage = await drafterContext.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
  });

  it('a drafter sees what the secretariat types within 2 seconds, with a named caret', async () => {
    await signIn(secretariatPage, server.url, ADMIN.email, ADMIN.password);
    // New statements are started on the full list; the dashboard after sign-in links to it.
    await secretariatPage.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Statements', exact: true }).click();
    await secretariatPage.fill('input[name="title"]', 'Joint statement on the WSIS+20 review');
    await secretariatPage.getByRole('button', { name: 'Create' }).click();
    await secretariatPage.waitForURL(/\/statements\/[0-9a-f-]+$/);
    statementId = new URL(secretariatPage.url()).pathname.split('/').at(-1)!;
    expect((await secretariatApi.post(`/api/statements/${statementId}/drafters`, { userId: drafter.userId })).status).toBe(204);

    await signIn(drafterPage, server.url, drafter.email, PASSWORD);
    await drafterPage.goto(`${server.url}/statements/${statementId}`);
    await drafterPage.locator('[data-testid="connection-status"][data-state="saved"]').waitFor();
    await secretariatPage.locator('[data-testid="connection-status"][data-state="saved"]').waitFor();

    const sentence = 'The coalition welcomes the review of the World Summit on the Information Society.';
    await secretariatPage.locator('.ProseMirror').click();
    await secretariatPage.keyboard.type(sentence);
    const typedAt = Date.now();
    await drafterPage.locator('.ProseMirror', { hasText: sentence }).waitFor({ timeout: 2_000 });
    expect(Date.now() - typedAt).toBeLessThan(2_000);

    await drafterPage.locator('.collaboration-carets__label', { hasText: 'Secretariat' }).waitFor({ timeout: 2_000 });
    await drafterPage.locator('[data-testid="presence-user"]').nth(1).waitFor();
    expect(await drafterPage.locator('[data-testid="presence-user"]').count()).toBe(2);
    await secretariatPage.locator('[data-testid="connection-status"][data-state="saved"]').waitFor();
  });

  it('edits made offline survive a reload and reach the other drafter when back online', async () => {
    // The service worker must control the page, with the API's reads cached, before going offline.
    await secretariatPage.evaluate(() => navigator.serviceWorker.ready);
    await secretariatPage.reload();
    await secretariatPage.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await secretariatPage.locator('[data-testid="connection-status"][data-state="saved"]').waitFor();

    await secretariatContext.setOffline(true);
    await secretariatPage.locator('[data-testid="connection-status"][data-state="offline"]').waitFor();
    const before = await storedUpdateCount(secretariatPage, statementId);
    const offlineWords = ' Written on a train with no network.';
    await secretariatPage.locator('.ProseMirror').click();
    await secretariatPage.keyboard.press('End');
    await secretariatPage.keyboard.type(offlineWords);
    // Every keystroke is in IndexedDB before the page goes away.
    await expect.poll(() => storedUpdateCount(secretariatPage, statementId), { timeout: 5_000 }).toBeGreaterThanOrEqual(before + offlineWords.length);
    expect(await editorText(drafterPage)).not.toContain('train');

    await secretariatPage.reload();
    await secretariatPage.locator('.ProseMirror', { hasText: 'Written on a train with no network.' }).waitFor();
    await secretariatPage.locator('[data-testid="connection-status"][data-state="offline"]').waitFor();

    await secretariatContext.setOffline(false);
    await drafterPage.locator('.ProseMirror', { hasText: 'Written on a train with no network.' }).waitFor({ timeout: 10_000 });
    await secretariatPage.locator('[data-testid="connection-status"][data-state="saved"]').waitFor({ timeout: 10_000 });
    expect(await editorText(drafterPage)).toBe(await editorText(secretariatPage));
  });
});
