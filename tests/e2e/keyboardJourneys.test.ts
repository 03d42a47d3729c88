import { IntlMessageFormat } from 'intl-messageformat';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { ThreadView } from '../../shared/api/types.ts';
import { TEXT_FRAGMENT } from '../../shared/collab/protocol.ts';
import type { Language } from '../../shared/i18n/languages.ts';
import enCollab from '../../shared/i18n/locales/en/collab.json' with { type: 'json' };
import enComments from '../../shared/i18n/locales/en/comments.json' with { type: 'json' };
import enCommon from '../../shared/i18n/locales/en/common.json' with { type: 'json' };
import enLayout from '../../shared/i18n/locales/en/layout.json' with { type: 'json' };
import enStatements from '../../shared/i18n/locales/en/statements.json' with { type: 'json' };
import esCollab from '../../shared/i18n/locales/es/collab.json' with { type: 'json' };
import esComments from '../../shared/i18n/locales/es/comments.json' with { type: 'json' };
import esCommon from '../../shared/i18n/locales/es/common.json' with { type: 'json' };
import esLayout from '../../shared/i18n/locales/es/layout.json' with { type: 'json' };
import esStatements from '../../shared/i18n/locales/es/statements.json' with { type: 'json' };
import frCollab from '../../shared/i18n/locales/fr/collab.json' with { type: 'json' };
import frComments from '../../shared/i18n/locales/fr/comments.json' with { type: 'json' };
import frCommon from '../../shared/i18n/locales/fr/common.json' with { type: 'json' };
import frLayout from '../../shared/i18n/locales/fr/layout.json' with { type: 'json' };
import frStatements from '../../shared/i18n/locales/fr/statements.json' with { type: 'json' };
import { createContact, createOrganisation, PASSWORD, signInAsSecretariat, type Contact } from '../support/coalition.ts';
import { connectCollab, waitForSync } from '../support/collabClient.ts';
import { startAccord, type AccordProcess } from '../support/startAccord.ts';
import { anchorsAround } from '../support/textAnchors.ts';
import { waitFor } from '../support/waitFor.ts';
import { waitForStoredText } from '../support/waitForStoredText.ts';
import { focusRing, journeyStep, selectedText, tabToNamed, tabUntil, waitForEditorSelection, waitForFocus } from './support/keyboard.ts';
import { launchChromium } from './support/launchChromium.ts';
import { signIn } from './support/signIn.ts';

/** The words each language's reader sees, straight from the catalogues. */
const WORDS = {
  en: { collab: enCollab, comments: enComments, common: enCommon, layout: enLayout, statements: enStatements },
  fr: { collab: frCollab, comments: frComments, common: frCommon, layout: frLayout, statements: frStatements },
  es: { collab: esCollab, comments: esComments, common: esCommon, layout: esLayout, statements: esStatements },
} as const;

const LANGUAGES: { language: Language; locale: string; title: string }[] = [
  { language: 'en', locale: 'en-GB', title: 'Response to the WSIS+20 review' },
  { language: 'fr', locale: 'fr-FR', title: 'Réponse à l’examen du SMSI+20' },
  { language: 'es', locale: 'es-ES', title: 'Respuesta a la revisión de la CMSI+20' },
];
const VIEWPORTS = [
  { width: 1280, height: 800 },
  { width: 375, height: 812 },
];

const HEADING = 'Review of the World Summit';
const PARAGRAPH = 'The coalition welcomes the review. We ask for an open, bottom-up process.';
const ITEMS = ['Keep the multistakeholder model', 'Protect the open Internet'];
const MEMBER_WORDING = 'a multistakeholder';

/** A catalogue message with its values, as i18next-icu formats it. */
const format = (message: string, language: Language, values: Record<string, string>) => String(new IntlMessageFormat(message, language).format(values));

const isStatementText = (element: Element) => element.classList.contains('ProseMirror');

/** The stored document's blocks but empty paragraphs: `h2`, `p`, `ul` with its items' text. */
function blocksOf(doc: Y.Doc): string[] {
  return doc
    .getXmlFragment(TEXT_FRAGMENT)
    .toArray()
    .map((node) => {
      if (!(node instanceof Y.XmlElement)) return '?';
      const text = node
        .toString()
        .replace(/<[^>]+>/g, ' ')
        .replace(/\s+/g, ' ')
        .trim();
      if (node.nodeName === 'heading') return `h${node.getAttribute('level')} ${text}`;
      if (node.nodeName === 'paragraph') return `p ${text}`;
      if (node.nodeName === 'bulletList') return `ul ${text}`;
      return `${node.nodeName} ${text}`;
    })
    .filter((block) => block !== 'p ');
}

async function storedBlocks(server: AccordProcess, statementId: string, cookie: string | null): Promise<string[]> {
  const witness = connectCollab(server.wsUrl, statementId, cookie);
  try {
    await waitForSync(witness);
    return blocksOf(witness.doc);
  } finally {
    witness.destroy();
  }
}

/** Presses a key `times` times. */
async function press(page: Page, key: string, times: number): Promise<void> {
  for (let step = 0; step < times; step++) await page.keyboard.press(key);
}

/**
 * Issue 14: drafting, commenting, suggesting and accepting a suggestion by keyboard alone, in English, French and
 * Spanish, on a laptop and a phone; axe-core checks every step and each step leaves a screenshot
 * (test-results/screens/<journey>-<language>-<width>/).
 */
describe('drafting, commenting, suggesting and accepting with the keyboard alone, in every language', () => {
  let server: AccordProcess;
  let drafter: Contact;
  let member: Contact;
  let browser: Browser;

  beforeAll(async () => {
    server = await startAccord();
    const secretariat = await signInAsSecretariat(server);
    // A secretariat contact opens statements (only the secretariat may) and drafts them.
    drafter = await createContact(server, secretariat, { orgId: null, role: 'secretariat', name: 'Bea Drafter' });
    member = await createContact(server, secretariat, { orgId: await createOrganisation(secretariat, { name: 'Nordic Names' }), name: 'Mo Member' });
    browser = await launchChromium();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
  });

  for (const { language, locale, title } of LANGUAGES) {
    const words = WORDS[language];
    for (const viewport of VIEWPORTS) {
      const where = `${language}-${viewport.width}`;
      it(`${language} at ${viewport.width}px: a statement drafted, commented on, a wording suggested and a member's suggestion accepted, by keyboard`, async () => {
        expect((await drafter.client.request('PUT', '/api/me/language', { language })).status).toBe(200);
        const page = await (await browser.newContext({ viewport, locale })).newPage();
        try {
          await signIn(page, server.url, drafter.email, PASSWORD);
          const header = page.getByRole('banner');
          await header.getByRole('link', { name: words.common.header.statements, includeHidden: true }).waitFor({ state: 'attached' });
          expect(await page.locator('html').getAttribute('lang')).toBe(language);
          await journeyStep(page, `draft-${where}`, '1-dashboard');

          // 1. Draft. The header's Statements link (behind the Menu button on a phone), then the new-statement form.
          if (await page.locator('.app-header__menu-button').isVisible()) {
            await tabToNamed(page, words.layout.header.menu, 'header');
            await page.keyboard.press('Enter');
            expect(await page.locator('.app-header__menu-button').getAttribute('aria-expanded')).toBe('true');
          }
          await tabToNamed(page, words.common.header.statements, 'header');
          await page.keyboard.press('Enter');
          await page.getByRole('heading', { level: 1, name: words.statements.list.title }).waitFor();
          await tabUntil(page, (element) => element.id === 'new-statement-title', 'the title of a new statement');
          expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).labels?.[0]?.textContent)).toBe(words.statements.list.newTitleLabel);
          await page.keyboard.type(title);
          await journeyStep(page, `draft-${where}`, '2-new-statement');
          await page.keyboard.press('Enter');

          // The new statement opens with the keyboard in its text, ready to write.
          await page.waitForURL(/\/statements\/[^/]+$/);
          const id = new URL(page.url()).pathname.split('/').at(-1)!;
          await page.locator('[data-testid="connection-status"][data-state="saved"]').waitFor();
          expect(await page.getByTestId('statement-title').inputValue()).toBe(title);
          await waitForFocus(page, isStatementText, 'the new statement’s text');
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
          await tabUntil(page, isStatementText, 'the statement text');
          await page.keyboard.type(HEADING);
          await page.keyboard.press('Enter');
          await page.keyboard.type(PARAGRAPH);
          await page.keyboard.press('Enter');
          await page.keyboard.type(ITEMS[0]!);
          // The bulleted list by its shortcut…
          await page.keyboard.press('Control+Shift+Digit8');
          await page.keyboard.press('Enter');
          await page.keyboard.type(ITEMS[1]!);
          // …and the heading with the toolbar: back from the text to its button, Enter, and the keyboard is in the text again.
          await page.keyboard.press('Control+Home');
          await waitForEditorSelection(page);
          await tabToNamed(page, words.collab.toolbar.heading2Name, '[role="toolbar"]', { backwards: true });
          expect(await focusRing(page)).toMatchObject({ style: 'solid' });
          expect((await focusRing(page)).width).toBeGreaterThanOrEqual(2);
          await page.keyboard.press('Enter');
          await waitForFocus(page, isStatementText, 'the text after the heading button');
          expect(await page.locator('.ProseMirror h2').textContent()).toBe(HEADING);
          expect(await waitForStoredText(server.wsUrl, id, drafter.client.cookie, HEADING, PARAGRAPH, ...ITEMS)).toBe(true);
          // A heading, a paragraph and a bulleted list stored (the editor keeps an empty paragraph after a closing list).
          await expect
            .poll(async () => (await storedBlocks(server, id, drafter.client.cookie)).join(' | '), { timeout: 10_000, interval: 200 })
            .toBe(`h2 ${HEADING} | p ${PARAGRAPH} | ul ${ITEMS.join(' ')}`);
          await journeyStep(page, `draft-${where}`, '3-written');

          // A member suggests other words for the statement, which shows in the page as it arrives.
          const witness = connectCollab(server.wsUrl, id, drafter.client.cookie);
          await waitForSync(witness);
          const offered = await member.client.post(`/api/statements/${id}/threads`, {
            kind: 'suggestion',
            ...anchorsAround(witness.doc, 'an open, bottom-up'),
            replacement: MEMBER_WORDING,
          });
          witness.destroy();
          expect(offered.status).toBe(201);
          await page.locator('.suggestion-new', { hasText: MEMBER_WORDING }).waitFor();
          const threads = async () => (await drafter.client.get<ThreadView[]>(`/api/statements/${id}/threads`)).body;

          // 2. Comment: select a word with Shift+arrows, Ctrl+Alt+M, type, Ctrl+Enter; the keyboard comes back to the text.
          await tabUntil(page, isStatementText, 'the statement text');
          await page.keyboard.press('Control+Home');
          await press(page, 'Shift+ArrowRight', 'Review'.length);
          expect(await selectedText(page)).toBe('Review');
          await waitForEditorSelection(page);
          await page.keyboard.press('Control+Alt+KeyM');
          await page.getByRole('form', { name: words.comments.composer.commentHeading }).waitFor();
          await page.keyboard.type('Which review exactly?');
          await journeyStep(page, `comment-${where}`, '1-composer');
          await page.keyboard.press('Control+Enter');
          await waitFor(
            async () =>
              (await threads()).some(
                (thread) => thread.kind === 'comment' && thread.quote === 'Review' && thread.comments[0]?.body === 'Which review exactly?',
              ),
            { message: 'the comment stored with its words', intervalMs: 200 },
          );
          await page.locator('.thread-composer').waitFor({ state: 'detached' });
          await waitForFocus(page, isStatementText, 'the text after sending the comment');
          // A screen reader hears what the highlighted words carry, in the reader's language.
          await expect
            .poll(() => page.locator('.thread-highlight', { hasText: 'Review' }).getAttribute('aria-description'), { timeout: 5_000 })
            .toBe(format(words.comments.highlight.comment, language, { name: 'Bea Drafter', text: 'Which review exactly?' }));
          expect(await page.locator('.suggestion-old', { hasText: 'an open, bottom-up' }).getAttribute('aria-description')).toBe(
            format(words.comments.highlight.suggestion, language, { name: 'Mo Member', text: MEMBER_WORDING }),
          );
          await journeyStep(page, `comment-${where}`, '2-sent');

          // 3. Suggest: select the last word, Ctrl+Alt+S, replace the wording, Tab to the reason, Ctrl+Enter.
          // The end of the text is the empty paragraph after the list: one step back is the list's last word.
          await page.keyboard.press('Control+End');
          await page.keyboard.press('ArrowLeft');
          await press(page, 'Shift+ArrowLeft', 'Internet'.length);
          expect(await selectedText(page)).toBe('Internet');
          await waitForEditorSelection(page);
          await page.keyboard.press('Control+Alt+KeyS');
          await page.getByRole('form', { name: words.comments.composer.suggestHeading }).waitFor();
          await waitForFocus(page, (element) => element.getAttribute('name') === 'replacement', 'the new wording');
          await page.keyboard.press('Control+A');
          await page.keyboard.type('internet');
          await page.keyboard.press('Tab');
          expect(await page.evaluate(() => (document.activeElement as HTMLTextAreaElement | null)?.labels?.[0]?.textContent ?? '')).toContain(
            words.comments.composer.why,
          );
          await page.keyboard.type('Lower case, as the UN writes it.');
          await journeyStep(page, `suggest-${where}`, '1-composer');
          await page.keyboard.press('Control+Enter');
          await waitFor(
            async () =>
              (await threads()).some(
                (thread) =>
                  thread.kind === 'suggestion' &&
                  thread.quote === 'Internet' &&
                  thread.replacement === 'internet' &&
                  thread.comments[0]?.body === 'Lower case, as the UN writes it.',
              ),
            { message: 'the suggestion stored with its wording and reason', intervalMs: 200 },
          );
          await page.locator('.thread-composer').waitFor({ state: 'detached' });
          await waitForFocus(page, isStatementText, 'the text after sending the suggestion');
          await journeyStep(page, `suggest-${where}`, '2-sent');

          // 4. Accept the member's suggestion: Tab to its Accept button (named in the reader's language), Enter.
          const accept = words.comments.decisions.accept;
          await tabUntil(
            page,
            new Function(
              'element',
              `return element.tagName === 'BUTTON' && element.textContent === ${JSON.stringify(accept)} &&
                (element.closest('[data-testid="thread"]')?.textContent ?? '').includes(${JSON.stringify(MEMBER_WORDING)});`,
            ) as (element: Element) => boolean,
            `the ${accept} button of Mo Member's suggestion`,
          );
          expect(await focusRing(page)).toMatchObject({ style: 'solid' });
          expect((await focusRing(page)).width).toBeGreaterThanOrEqual(2);
          await journeyStep(page, `accept-${where}`, '1-button');
          await page.keyboard.press('Enter');
          expect(await waitForStoredText(server.wsUrl, id, drafter.client.cookie, 'We ask for a multistakeholder process.')).toBe(true);
          await waitFor(async () => (await threads()).some((thread) => thread.replacement === MEMBER_WORDING && thread.status === 'accepted'), {
            message: 'the suggestion accepted',
            intervalMs: 200,
          });
          // The button is gone with the decided suggestion; the keyboard moves on to the next thread, not to the top of the page.
          await waitForFocus(page, (element) => element.closest('[data-testid="thread-panel"]') !== null, 'the comments panel after accepting');
          await journeyStep(page, `accept-${where}`, '2-accepted');
        } finally {
          await page.context().close();
        }
      }, 180_000);
    }
  }
});
