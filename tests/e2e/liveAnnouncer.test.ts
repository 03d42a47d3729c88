import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDrafter, createOrganisation, createStatement, PASSWORD, signInAsSecretariat, type Contact } from '../support/coalition.ts';
import { connectCollab, waitForSync } from '../support/collabClient.ts';
import { startAccord, type AccordProcess } from '../support/startAccord.ts';
import { writeParagraphs } from '../support/textAnchors.ts';
import { waitForStoredText } from '../support/waitForStoredText.ts';
import { launchChromium } from './support/launchChromium.ts';
import { signIn } from './support/signIn.ts';

const PARAGRAPHS = ['The coalition welcomes the review.', 'We ask for an open, bottom-up process.', 'Registries act against abuse.'];
const announced = (page: Page) => page.locator('[data-testid="live-announcer"]').evaluate((region) => region.textContent?.trim() ?? '');

describe('a polite live region tells a screen reader who joined, who left and, on Alt+Shift+P, where the others are', () => {
  let server: AccordProcess;
  let browser: Browser;
  let ana: Contact;
  let mo: Contact;
  let statementId: string;

  beforeAll(async () => {
    server = await startAccord();
    const secretariat = await signInAsSecretariat(server);
    const orgId = await createOrganisation(secretariat, { name: 'Registro Ejemplo' });
    statementId = (await createStatement(secretariat, 'Joint statement on DNS abuse')).id;
    ana = await createDrafter(server, secretariat, statementId, orgId);
    mo = await createDrafter(server, secretariat, statementId, orgId);
    const writer = connectCollab(server.wsUrl, statementId, secretariat.cookie);
    await waitForSync(writer);
    writeParagraphs(writer.doc, PARAGRAPHS);
    await waitForStoredText(server.wsUrl, statementId, secretariat.cookie, PARAGRAPHS[2]!);
    writer.destroy();
    browser = await launchChromium();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
  });

  it('announces a join, the places on request, then a leave; typing announces nothing', async () => {
    const anaPage = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
    const moPage = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
    await signIn(anaPage, server.url, ana.email, PASSWORD);
    await signIn(moPage, server.url, mo.email, PASSWORD);
    await anaPage.goto(`${server.url}/statements/${statementId}`);
    await anaPage.locator('[data-testid="connection-status"][data-state="saved"]').waitFor();
    const region = anaPage.locator('[data-testid="live-announcer"]');
    expect(await region.getAttribute('aria-live')).toBe('polite');
    // Those present at opening are not announced: Mo comes once Ana's page knows who was there.
    await anaPage.locator('[data-testid="live-announcer"][data-listening="true"]').waitFor({ state: 'attached' });

    await moPage.goto(`${server.url}/statements/${statementId}`);
    await moPage.locator('[data-testid="connection-status"][data-state="saved"]').waitFor();
    await expect.poll(() => announced(anaPage), { timeout: 10_000 }).toBe(`${mo.name} joined the statement.`);

    // Mo types in the second paragraph: the region keeps its words (no announcement per keystroke).
    await moPage.locator('.ProseMirror p', { hasText: 'bottom-up' }).click();
    await moPage.keyboard.press('End');
    await moPage.keyboard.type(' Now.');
    await waitForStoredText(server.wsUrl, statementId, ana.client.cookie, 'process. Now.');
    expect(await announced(anaPage)).toBe(`${mo.name} joined the statement.`);

    // Ana asks where everyone is; the button says the shortcut.
    await anaPage.locator('.ProseMirror').click();
    await anaPage.keyboard.press('Alt+Shift+KeyP');
    await expect.poll(() => announced(anaPage), { timeout: 5_000 }).toBe(`${mo.name} is in paragraph 2.`);
    expect(await anaPage.getByRole('button', { name: 'Where is everyone?' }).getAttribute('title')).toContain('Alt+Shift+P');

    await moPage.context().close();
    await expect.poll(() => announced(anaPage), { timeout: 40_000 }).toBe(`${mo.name} left the statement.`);
    await anaPage.keyboard.press('Alt+Shift+KeyP');
    await expect.poll(() => announced(anaPage), { timeout: 5_000 }).toBe('Nobody else is in this statement.');
    await anaPage.context().close();
  }, 90_000);
});
