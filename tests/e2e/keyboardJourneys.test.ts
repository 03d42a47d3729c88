import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ThreadView } from '../../shared/api/types.ts';
import type { ApiClient } from '../support/ApiClient.ts';
import { createContact, createOrganisation, createStatement, PASSWORD, signInAsSecretariat, type Contact } from '../support/coalition.ts';
import { connectCollab, waitForSync } from '../support/collabClient.ts';
import { startAccord, type AccordProcess } from '../support/startAccord.ts';
import { anchorsAround, writeParagraphs } from '../support/textAnchors.ts';
import { waitFor } from '../support/waitFor.ts';
import { waitForStoredText } from '../support/waitForStoredText.ts';
import { launchChromium } from './support/launchChromium.ts';
import { SCREENS, selectedText, tabUntil } from './support/keyboard.ts';
import { signIn } from './support/signIn.ts';

const PARAGRAPHS = ['The coalition welcomes the review of the World Summit on the Information Society.', 'We ask for an open, bottom-up process.'];
const MEMBER_WORDING = 'a multistakeholder';

describe('commenting, suggesting and accepting a suggestion with the keyboard alone', () => {
  let server: AccordProcess;
  let secretariat: ApiClient;
  let drafter: Contact;
  let member: Contact;
  let browser: Browser;

  beforeAll(async () => {
    server = await startAccord();
    secretariat = await signInAsSecretariat(server);
    const drafterOrg = await createOrganisation(secretariat, { name: 'Registro Ejemplo' });
    const memberOrg = await createOrganisation(secretariat, { name: 'Nordic Names' });
    drafter = await createContact(server, secretariat, { orgId: drafterOrg, name: 'Bea Drafter' });
    member = await createContact(server, secretariat, { orgId: memberOrg, name: 'Mo Member' });
    browser = await launchChromium();
    mkdirSync(SCREENS, { recursive: true });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
  });

  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 375, height: 812 },
  ]) {
    it(`at ${viewport.width}px: a drafter comments and suggests from the keyboard and accepts a member's suggestion with Tab and Enter`, async () => {
      const { id } = await createStatement(secretariat, `Joint statement at ${viewport.width}px`);
      expect((await secretariat.post(`/api/statements/${id}/drafters`, { userId: drafter.userId })).status).toBe(204);
      const writer = connectCollab(server.wsUrl, id, secretariat.cookie);
      await waitForSync(writer);
      writeParagraphs(writer.doc, PARAGRAPHS);
      await waitForStoredText(server.wsUrl, id, secretariat.cookie, PARAGRAPHS[1]!);
      const offered = await member.client.post(`/api/statements/${id}/threads`, {
        kind: 'suggestion',
        ...anchorsAround(writer.doc, 'an open, bottom-up'),
        replacement: MEMBER_WORDING,
      });
      expect(offered.status).toBe(201);
      writer.destroy();
      const threads = async () => (await drafter.client.get<ThreadView[]>(`/api/statements/${id}/threads`)).body;

      const page = await (await browser.newContext({ viewport, locale: 'en-GB' })).newPage();
      try {
        await signIn(page, server.url, drafter.email, PASSWORD);
        await page.goto(`${server.url}/statements/${id}`);
        await page.locator('[data-testid="connection-status"][data-state="saved"]').waitFor();
        await page.locator('.suggestion-new', { hasText: MEMBER_WORDING }).waitFor();

        // Every formatting and comment action is on screen, none cut off (at 375 px the toolbar wraps).
        const offScreen = await page.locator('.toolbar button').evaluateAll(
          (buttons) =>
            buttons.filter((button) => {
              const box = button.getBoundingClientRect();
              return box.width === 0 || box.left < 0 || box.right > window.innerWidth;
            }).length,
        );
        expect(offScreen).toBe(0);
        expect(await page.locator('.toolbar button').count()).toBeGreaterThanOrEqual(15);

        // Comment: Tab into the text, select two words with Shift+arrows, Ctrl+Alt+M, type, Ctrl+Enter.
        await tabUntil(page, (element) => element.classList.contains('ProseMirror'), 'the statement text');
        await page.keyboard.press('Control+Home');
        for (let step = 0; step < 'The coalition'.length; step++) await page.keyboard.press('Shift+ArrowRight');
        expect(await selectedText(page)).toBe('The coalition');
        await page.keyboard.press('Control+Alt+KeyM');
        await page.locator('.thread-composer').waitFor();
        await page.keyboard.type('Which members exactly?');
        await page.screenshot({ path: path.join(SCREENS, `keyboard-comment-${viewport.width}.png`) });
        await page.keyboard.press('Control+Enter');
        await waitFor(
          async () =>
            (await threads()).some(
              (thread) => thread.kind === 'comment' && thread.quote === 'The coalition' && thread.comments[0]?.body === 'Which members exactly?',
            ),
          {
            message: 'the comment stored with its words',
            intervalMs: 200,
          },
        );

        // A screen reader hears what the highlighted words carry.
        const highlight = page.locator('.thread-highlight', { hasText: 'The coalition' });
        await expect.poll(() => highlight.getAttribute('aria-description'), { timeout: 5_000 }).toBe('Commented by Bea Drafter: Which members exactly?');
        expect(await page.locator('.suggestion-old', { hasText: 'an open, bottom-up' }).getAttribute('aria-description')).toBe(
          'Mo Member suggests replacing these words with: a multistakeholder',
        );

        // Suggest: back into the text, select "process", Ctrl+Alt+S, type the wording, Tab to the reason, Ctrl+Enter.
        await page.locator('.thread-composer').waitFor({ state: 'detached' });
        await tabUntil(page, (element) => element.classList.contains('ProseMirror'), 'the statement text');
        await page.keyboard.press('Control+End');
        await page.keyboard.press('ArrowLeft');
        for (let step = 0; step < 'process'.length; step++) await page.keyboard.press('Shift+ArrowLeft');
        expect(await selectedText(page)).toBe('process');
        await page.keyboard.press('Control+Alt+KeyS');
        await page.locator('.thread-composer textarea[name="replacement"]').waitFor();
        // The field starts with the selected words: replace them.
        await page.keyboard.press('Control+A');
        await page.keyboard.type('review');
        await page.keyboard.press('Tab');
        expect(await page.evaluate(() => (document.activeElement as HTMLTextAreaElement | null)?.labels?.[0]?.textContent ?? '')).toContain('Why (optional)');
        await page.keyboard.type('Plainer.');
        await page.screenshot({ path: path.join(SCREENS, `keyboard-suggest-${viewport.width}.png`) });
        await page.keyboard.press('Control+Enter');
        await waitFor(
          async () =>
            (await threads()).some(
              (thread) =>
                thread.kind === 'suggestion' && thread.quote === 'process' && thread.replacement === 'review' && thread.comments[0]?.body === 'Plainer.',
            ),
          {
            message: 'the suggestion stored with its wording and reason',
            intervalMs: 200,
          },
        );

        // Accept the member's suggestion: Tab to its Accept button, Enter.
        await page.locator('.thread-composer').waitFor({ state: 'detached' });
        await tabUntil(
          page,
          (element) =>
            element.tagName === 'BUTTON' &&
            element.textContent === 'Accept' &&
            (element.closest('[data-testid="thread"]')?.textContent ?? '').includes('multistakeholder'),
          "the Accept button of Mo Member's suggestion",
        );
        await page.screenshot({ path: path.join(SCREENS, `keyboard-accept-${viewport.width}.png`) });
        // The focused button shows it: a solid outline of at least 2 px.
        const ring = await page.evaluate(() => {
          const style = getComputedStyle(document.activeElement!);
          return { style: style.outlineStyle, width: Number.parseFloat(style.outlineWidth) };
        });
        expect(ring.style).toBe('solid');
        expect(ring.width).toBeGreaterThanOrEqual(2);
        await page.keyboard.press('Enter');
        expect(await waitForStoredText(server.wsUrl, id, drafter.client.cookie, 'We ask for a multistakeholder process.')).toBe(true);
        await waitFor(async () => (await threads()).some((thread) => thread.replacement === MEMBER_WORDING && thread.status === 'accepted'), {
          message: 'the suggestion accepted',
          intervalMs: 200,
        });
      } finally {
        await page.context().close();
      }
    }, 120_000);
  }
});
