import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDrafter, createOrganisation, createStatement, PASSWORD, signInAsSecretariat, type Contact } from '../support/coalition.ts';
import { connectCollab, waitForSync } from '../support/collabClient.ts';
import { startAccord, type AccordProcess } from '../support/startAccord.ts';
import { writeParagraphs } from '../support/textAnchors.ts';
import { waitForStoredText } from '../support/waitForStoredText.ts';
import { launchChromium } from './support/launchChromium.ts';
import { signIn } from './support/signIn.ts';

const TITLE = 'Joint statement on DNS abuse';
const PARAGRAPHS = ['The coalition welcomes the review.', 'We ask for an open, bottom-up process.'];

/** The words a person sees on the page, outside the statement's title and text (visually hidden text left out). */
const wordsOutsideTheStatement = (page: Page) =>
  page.evaluate(() => {
    const seen: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      const parent = node.parentElement!;
      const words = node.textContent?.trim() ?? '';
      if (words === '' || parent.closest('.statement-title, .ProseMirror') !== null) continue;
      if (!parent.checkVisibility({ visibilityProperty: true })) continue;
      const box = parent.getBoundingClientRect();
      if (box.width <= 1 || box.height <= 1) continue;
      seen.push(words);
    }
    return seen;
  });

describe('a statement on a phone and on paper', () => {
  let server: AccordProcess;
  let browser: Browser;
  let drafter: Contact;
  let statementId: string;

  beforeAll(async () => {
    server = await startAccord();
    const secretariat = await signInAsSecretariat(server);
    const orgId = await createOrganisation(secretariat, { name: 'Registro Ejemplo' });
    statementId = (await createStatement(secretariat, TITLE)).id;
    drafter = await createDrafter(server, secretariat, statementId, orgId);
    const writer = connectCollab(server.wsUrl, statementId, secretariat.cookie);
    await waitForSync(writer);
    writeParagraphs(writer.doc, PARAGRAPHS);
    await waitForStoredText(server.wsUrl, statementId, secretariat.cookie, PARAGRAPHS[1]!);
    writer.destroy();
    browser = await launchChromium();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
  });

  it('at 375 px the text and the side panel stack; printed, only the title and the text show; reduced motion stops transitions', async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 812 }, reducedMotion: 'reduce' });
    const page = await context.newPage();
    await signIn(page, server.url, drafter.email, PASSWORD);
    await page.goto(`${server.url}/statements/${statementId}`);
    await page.locator('.ProseMirror', { hasText: PARAGRAPHS[1]! }).waitFor();
    await page.locator('[data-testid="thread-panel"]').waitFor();

    const sheet = (await page.locator('.statement-sheet').boundingBox())!;
    const side = (await page.locator('.statement-side').boundingBox())!;
    expect(side.y).toBeGreaterThanOrEqual(sheet.y + sheet.height - 1);
    expect(sheet.x + sheet.width).toBeLessThanOrEqual(375);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);

    const transition = await page.locator('body').evaluate((body) => {
      // A button as the app styles it (its hover changes fade in 0.15 s for everyone else).
      const button = body.appendChild(document.createElement('button'));
      button.className = 'button';
      const duration = getComputedStyle(button).transitionDuration;
      button.remove();
      return duration;
    });
    expect(transition.split(',').every((each) => Number.parseFloat(each) <= 0.001)).toBe(true);

    expect((await wordsOutsideTheStatement(page)).length).toBeGreaterThan(10);
    await page.emulateMedia({ media: 'print' });
    expect(await wordsOutsideTheStatement(page)).toEqual([]);
    expect(await page.locator('.statement-title').isVisible()).toBe(true);
    expect(await page.locator('.ProseMirror').innerText()).toContain(PARAGRAPHS[1]);
    await context.close();
  }, 60_000);
});
