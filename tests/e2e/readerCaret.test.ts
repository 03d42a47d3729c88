import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ThreadView } from '../../shared/api/types.ts';
import type { ApiClient } from '../support/ApiClient.ts';
import { createContact, createOrganisation, createStatement, PASSWORD, signInAsSecretariat, type Contact } from '../support/coalition.ts';
import { connectCollab, waitForSync } from '../support/collabClient.ts';
import { startAccord, type AccordProcess } from '../support/startAccord.ts';
import { anchoredWords, appendParagraph, writeParagraphs } from '../support/textAnchors.ts';
import { waitFor } from '../support/waitFor.ts';
import { waitForStoredText } from '../support/waitForStoredText.ts';
import { expectNoSeriousViolations } from './support/axe.ts';
import { selectedText, tabUntil, waitForEditorSelection } from './support/keyboard.ts';
import { launchChromium } from './support/launchChromium.ts';
import { signIn } from './support/signIn.ts';

const PARAGRAPHS = ['The coalition welcomes the review of the World Summit on the Information Society.', 'We ask for an open, bottom-up process.'];
const isText = (element: Element) => element.classList.contains('ProseMirror');
const pageText = (page: Page) => page.locator('.ProseMirror').innerText();

/** The statement's text as the server stores it, read by a fresh client. */
async function storedText(server: AccordProcess, statementId: string, cookie: string | null): Promise<string> {
  const witness = connectCollab(server.wsUrl, statementId, cookie);
  try {
    await waitForSync(witness);
    return witness.text();
  } finally {
    witness.destroy();
  }
}

describe('a reader who may comment but not edit selects words and comments with the keyboard alone', () => {
  let server: AccordProcess;
  let secretariat: ApiClient;
  let drafter: Contact;
  let reader: Contact;
  let browser: Browser;

  beforeAll(async () => {
    server = await startAccord();
    secretariat = await signInAsSecretariat(server);
    const drafterOrg = await createOrganisation(secretariat, { name: 'Registro Ejemplo' });
    const readerOrg = await createOrganisation(secretariat, { name: 'Nordic Names' });
    drafter = await createContact(server, secretariat, { orgId: drafterOrg, name: 'Bea Drafter' });
    reader = await createContact(server, secretariat, { orgId: readerOrg, name: 'Mo Member' });
    browser = await launchChromium();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
  });

  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 375, height: 812 },
  ]) {
    it(`at ${viewport.width}px: Tab into the text, Shift+arrows, Ctrl+Alt+M; typing, deleting, pasting and cutting change nothing; the drafter's edits still arrive`, async () => {
      const { id } = await createStatement(secretariat, `Joint statement read at ${viewport.width}px`);
      expect((await secretariat.post(`/api/statements/${id}/drafters`, { userId: drafter.userId })).status).toBe(204);
      const writer = connectCollab(server.wsUrl, id, drafter.client.cookie);
      await waitForSync(writer);
      writeParagraphs(writer.doc, PARAGRAPHS);
      await waitForStoredText(server.wsUrl, id, drafter.client.cookie, PARAGRAPHS[1]!);
      const threads = async () => (await reader.client.get<ThreadView[]>(`/api/statements/${id}/threads`)).body;

      const page = await (await browser.newContext({ viewport, locale: 'en-GB' })).newPage();
      try {
        await signIn(page, server.url, reader.email, PASSWORD);
        await page.goto(`${server.url}/statements/${id}`);
        await page.locator('[data-testid="connection-status"][data-state="read-only"]').waitFor();
        await page.locator('.ProseMirror', { hasText: PARAGRAPHS[1]! }).waitFor();

        // Announced as read-only, with how to comment.
        const text = page.locator('.ProseMirror');
        expect(await text.getAttribute('aria-readonly')).toBe('true');
        const hintId = await text.getAttribute('aria-describedby');
        expect(hintId).not.toBeNull();
        expect(await page.locator(`[id="${hintId}"]`).innerText()).toMatch(/^Read only: .*Ctrl\+Alt\+M to comment/);

        // Tab reaches the text; Shift+arrows select words; Ctrl+Alt+M comments on them.
        await tabUntil(page, isText, 'the statement text');
        await page.keyboard.press('Control+Home');
        for (let step = 0; step < 'The coalition'.length; step++) await page.keyboard.press('Shift+ArrowRight');
        expect(await selectedText(page)).toBe('The coalition');
        await waitForEditorSelection(page);
        await expectNoSeriousViolations(page, `reader caret at ${viewport.width}px, words selected`);
        await page.keyboard.press('Control+Alt+KeyM');
        await page.locator('.thread-composer').waitFor();
        await page.keyboard.type('Which members exactly?');
        await page.keyboard.press('Control+Enter');
        await waitFor(
          async () =>
            (await threads()).some(
              (thread) =>
                thread.kind === 'comment' &&
                thread.quote === 'The coalition' &&
                thread.comments[0]?.body === 'Which members exactly?' &&
                anchoredWords(writer.doc, thread) === 'The coalition',
            ),
          { message: 'the comment stored on the selected words', intervalMs: 200 },
        );
        await page.locator('.thread-composer').waitFor({ state: 'detached' });

        // Back in the text: Ctrl+A selects everything; nothing typed, deleted, pasted or cut changes it.
        const before = await pageText(page);
        await tabUntil(page, isText, 'the statement text');
        await page.keyboard.press('Control+A');
        expect((await selectedText(page)).replace(/\s+/g, ' ')).toBe(PARAGRAPHS.join(' '));
        await page.keyboard.press('Control+End');
        for (let step = 0; step < 'process.'.length; step++) await page.keyboard.press('Shift+ArrowLeft');
        expect(await selectedText(page)).toBe('process.');
        await page.keyboard.press('Control+C');
        // Each attempt is checked on its own: a later Ctrl+Z could otherwise hide an earlier change.
        const attempts: [string, () => Promise<void>][] = [
          ['Ctrl+X', () => page.keyboard.press('Control+X')],
          ['Ctrl+V', () => page.keyboard.press('Control+V')],
          ['typing', () => page.keyboard.type('READER-WAS-HERE')],
          ['Enter', () => page.keyboard.press('Enter')],
          ['Backspace', () => page.keyboard.press('Backspace')],
          ['Delete', () => page.keyboard.press('Delete')],
          ['Ctrl+B', () => page.keyboard.press('Control+B')],
          ['Ctrl+Z', () => page.keyboard.press('Control+Z')],
        ];
        for (const [what, attempt] of attempts) {
          await page.keyboard.press('Control+End');
          for (let step = 0; step < 'process.'.length; step++) await page.keyboard.press('Shift+ArrowLeft');
          await attempt();
          expect(await pageText(page), what).toBe(before);
        }
        await page.keyboard.press('Control+Home');
        for (const key of ['Backspace', 'Delete', 'Enter']) {
          await page.keyboard.press(key);
          expect(await pageText(page), `${key} at the start`).toBe(before);
        }

        // Tab leaves the text (it is not a trap).
        await page.keyboard.press('Tab');
        expect(await page.evaluate(() => document.activeElement?.classList.contains('ProseMirror') ?? false)).toBe(false);

        // The drafter's edits still arrive, after them; the reader's page and the stored text are the drafter's alone.
        const added = 'Registries act against abuse within their remit.';
        appendParagraph(writer.doc, added);
        await page.locator('.ProseMirror', { hasText: added }).waitFor({ timeout: 5_000 });
        const expected = [...PARAGRAPHS, added].join('\n');
        await waitForStoredText(server.wsUrl, id, drafter.client.cookie, added);
        expect(await storedText(server, id, drafter.client.cookie)).toBe(expected);
        expect((await pageText(page)).replace(/\n+/g, '\n')).toBe(expected);
        expect(writer.text()).toBe(expected);
      } finally {
        writer.destroy();
        await page.context().close();
      }
    });
  }
});
