import { readFileSync } from 'node:fs';
import path from 'node:path';
import { IntlMessageFormat } from 'intl-messageformat';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StatementView } from '../../shared/api/types.ts';
import type { ApiClient } from '../support/ApiClient.ts';
import { createContact, createOrganisation, createStatement, signInAsSecretariat, type Contact } from '../support/coalition.ts';
import { connectCollab, waitForSync } from '../support/collabClient.ts';
import { startAccord, type AccordProcess } from '../support/startAccord.ts';
import { writeParagraphs } from '../support/textAnchors.ts';
import { waitForStoredText } from '../support/waitForStoredText.ts';
import { focusRing, journeyStep, tabToNamed, tabUntil } from './support/keyboard.ts';
import { launchChromium } from './support/launchChromium.ts';

/**
 * Issue 14, "Done when" 1: the sign-on journeys by keyboard alone, in every language, on a laptop and on a phone.
 * The secretariat freezes a statement and opens sign-on, a member organisation's signatory signs it, the
 * secretariat sees the signature and publishes, and the member forks the published statement, adapts and publishes
 * the fork. Only Tab, Shift+Tab, Space, Enter and typing: `page.goto` only starts a journey. Every step is kept as a
 * screenshot and checked by axe-core. Texts come from the catalogues, so each language is really shown.
 */

const LANGUAGES = ['en', 'fr', 'es'] as const;
type Language = (typeof LANGUAGES)[number];
const BROWSER_LOCALE: Record<Language, string> = { en: 'en-GB', fr: 'fr-FR', es: 'es-ES' };
const VIEWPORTS = [
  { width: 1280, height: 800 },
  { width: 375, height: 812 },
] as const;
const PARAGRAPHS = ['The coalition welcomes the review of the World Summit on the Information Society.', 'We ask for an open, bottom-up process.'];
const ADAPTATION = ' Our registry adds its own voice.';

const LOCALES = path.resolve(import.meta.dirname, '../../shared/i18n/locales');
const catalogues = new Map<string, Record<string, unknown>>();

/** A message of the catalogue in `language`, formatted as the client formats it (ICU; tags keep only their text). */
function message(language: Language, namespace: string, key: string, values: Record<string, string | number> = {}): string {
  const file = `${language}/${namespace}`;
  if (!catalogues.has(file)) catalogues.set(file, JSON.parse(readFileSync(path.join(LOCALES, `${file}.json`), 'utf8')) as Record<string, unknown>);
  const source = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], catalogues.get(file));
  if (typeof source !== 'string') throw new Error(`no message ${namespace}:${key} in ${language}`);
  const formatted = new IntlMessageFormat(source, language).format<string>(
    new Proxy(values, { get: (target, name: string) => target[name] ?? ((chunks: string[]) => chunks.join('')) }),
  );
  return Array.isArray(formatted) ? formatted.join('') : String(formatted);
}

/** The focused element's text (its accessible name when it has an aria-label), spaces collapsed. */
const focusedName = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement;
    return (element?.getAttribute('aria-label') ?? element?.textContent ?? '').replace(/\s+/g, ' ').trim();
  });

/** What a screen reader says with the focused element besides its name: the text of its aria-describedby. */
const focusedDescription = (page: Page) =>
  page.evaluate(() =>
    (document.activeElement?.getAttribute('aria-describedby') ?? '')
      .split(/\s+/)
      .map((id) => (id ? (document.getElementById(id)?.textContent ?? '') : ''))
      .join(' ')
      .trim(),
  );

/** Presses Tab until a link whose address ends with `pathEnd` has the focus, optionally inside `within`. */
async function tabToLink(page: Page, pathEnd: string, within: string): Promise<void> {
  const probe = `(element) => element.tagName === 'A' && element.closest(${JSON.stringify(within)}) !== null && (element.getAttribute('href') ?? '').endsWith(${JSON.stringify(pathEnd)})`;
  for (let presses = 0; presses < 150; presses++) {
    if (await page.evaluate(`(${probe})(document.activeElement ?? document.body)`)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`150 presses of Tab never reached the link to …${pathEnd} inside ${within}`);
}

/** The focused element shows a solid ring of at least 2 px. */
async function expectVisibleFocus(page: Page): Promise<void> {
  const ring = await focusRing(page);
  expect(ring.style).toBe('solid');
  expect(ring.width).toBeGreaterThanOrEqual(2);
}

/** The focus is inside the element `selector` matches (the outcome of a step), not on the page body. */
async function expectFocusIn(page: Page, selector: string, words: string): Promise<void> {
  await expect
    .poll(() => page.evaluate((inside) => document.activeElement?.closest(inside)?.textContent?.replace(/\s+/g, ' ') ?? '', selector), { timeout: 10_000 })
    .toContain(words.replace(/\s+/g, ' '));
}

interface LanguageCast {
  secretariat: Contact;
  signatory: Contact;
  organisation: string;
}

describe('freezing, signing, publishing and forking by keyboard alone, in English, French and Spanish, at 1280 and 375 px', () => {
  let server: AccordProcess;
  let admin: ApiClient;
  let browser: Browser;
  const cast = new Map<Language, LanguageCast>();
  const statements = new Map<string, { id: string; slug: string; title: string }>();
  const run = (language: Language, width: number) => `${language}-${width}`;

  beforeAll(async () => {
    server = await startAccord();
    admin = await signInAsSecretariat(server);
    // Per language: a secretariat member and a member organisation whose signatory signs and forks, each reading Accord in that language.
    await Promise.all(
      LANGUAGES.map(async (language) => {
        const organisation = `Registro ${language.toUpperCase()}`;
        const orgId = await createOrganisation(admin, { name: organisation });
        const secretariat = await createContact(server, admin, { orgId: null, role: 'secretariat', name: `Secretariat ${language}` });
        const signatory = await createContact(server, admin, { orgId, role: 'signatory', name: `Signatory ${language}` });
        for (const contact of [secretariat, signatory]) expect((await contact.client.request('PUT', '/api/me/language', { language })).status).toBe(200);
        cast.set(language, { secretariat, signatory, organisation });
      }),
    );
    // One drafting statement per language and width, with its text stored.
    await Promise.all(
      LANGUAGES.flatMap((language) =>
        VIEWPORTS.map(async ({ width }) => {
          const title = `Joint statement ${language} ${width}`;
          const created = await createStatement(admin, title);
          const writer = connectCollab(server.wsUrl, created.id, admin.cookie);
          await waitForSync(writer);
          writeParagraphs(writer.doc, PARAGRAPHS);
          await waitForStoredText(server.wsUrl, created.id, admin.cookie, PARAGRAPHS[1]!);
          writer.destroy();
          statements.set(run(language, width), { ...created, title });
        }),
      ),
    );
    browser = await launchChromium();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
  });

  /** A fresh browser context signed in as `contact`, in the language's browser locale. */
  async function contextFor(contact: Contact, language: Language, viewport: { width: number; height: number }): Promise<BrowserContext> {
    const context = await browser.newContext({ viewport, locale: BROWSER_LOCALE[language] });
    const [name, value] = contact.client.cookie!.split(/=(.*)/s) as [string, string];
    await context.addCookies([{ name, value, url: server.url }]);
    return context;
  }

  for (const language of LANGUAGES) {
    for (const viewport of VIEWPORTS) {
      it(`in ${language} at ${viewport.width}px`, async () => {
        const { secretariat, signatory, organisation } = cast.get(language)!;
        const statement = statements.get(run(language, viewport.width))!;
        const m = (namespace: string, key: string, values?: Record<string, string | number>) => message(language, namespace, key, values);
        const journey = (name: string) => `keyboard-signing/${language}-${viewport.width}/${name}`;
        const view = async () => (await admin.get<StatementView>(`/api/statements/${statement.id}`)).body;
        const secretariatContext = await contextFor(secretariat, language, viewport);
        const memberContext = await contextFor(signatory, language, viewport);
        try {
          // 1. The secretariat freezes the final text: Tab to Freeze, Enter; the question takes the focus and says itself.
          const desk = await secretariatContext.newPage();
          await desk.goto(`${server.url}/statements/${statement.id}`);
          const panel = '[data-testid="sign-on-panel"]';
          await desk.locator(panel).waitFor();
          expect(await desk.evaluate(() => document.documentElement.lang)).toBe(language);
          await journeyStep(desk, journey('1-freeze'), '1-drafting');
          await tabToNamed(desk, m('signons', 'freeze.button'), panel);
          await expectVisibleFocus(desk);
          await desk.keyboard.press('Enter');
          expect(await focusedName(desk)).toBe(m('signons', 'freeze.cancel'));
          expect(await focusedDescription(desk)).toBe(m('signons', 'freeze.question'));
          // Cancel gives the focus back to Freeze; asked again, the question takes it again.
          await desk.keyboard.press('Enter');
          expect(await focusedName(desk)).toBe(m('signons', 'freeze.button'));
          await desk.keyboard.press('Enter');
          expect(await focusedName(desk)).toBe(m('signons', 'freeze.cancel'));
          await journeyStep(desk, journey('1-freeze'), '2-question');
          await desk.keyboard.press('Shift+Tab');
          expect(await focusedName(desk)).toBe(m('signons', 'freeze.confirm'));
          await expectVisibleFocus(desk);
          await desk.keyboard.press('Enter');
          // Focus lands on the outcome, which says the version.
          await expectFocusIn(desk, '[role="status"]', m('signons', 'outcome.frozen', { version: 1 }));
          expect((await view()).stage).toBe('sign-on');
          await journeyStep(desk, journey('1-freeze'), '3-frozen');

          // 2. The signatory signs: from the dashboard to the statement, to the sign page, tick, sign.
          const member = await memberContext.newPage();
          await member.goto(`${server.url}/`);
          await member.locator('[data-testid="dashboard-sign-on"]').waitFor();
          await journeyStep(member, journey('2-sign'), '1-dashboard');
          await tabToLink(member, `/statements/${statement.id}`, '[data-testid="dashboard-sign-on"]');
          await expectVisibleFocus(member);
          await member.keyboard.press('Enter');
          await member.waitForURL(`${server.url}/statements/${statement.id}`);
          await member.locator(panel).waitFor();
          const signFor = m('signons', 'sign.signFor', { organisation });
          await tabToNamed(member, signFor, panel);
          await expectVisibleFocus(member);
          await member.keyboard.press('Enter');
          await member.waitForURL(`${server.url}/statements/${statement.id}/sign`);
          const finalText = member.getByTestId('final-text');
          await finalText.waitFor();
          for (const paragraph of PARAGRAPHS) expect(await finalText.innerText()).toContain(paragraph);
          await journeyStep(member, journey('2-sign'), '2-final-text');
          await tabUntil(
            member,
            (element) => element instanceof HTMLInputElement && element.type === 'checkbox' && element.closest('.sign-form') !== null,
            'the declaration',
          );
          expect(await member.evaluate(() => (document.activeElement as HTMLInputElement).labels?.[0]?.textContent ?? '')).toBe(
            m('signons', 'sign.declaration', { organisation }),
          );
          await expectVisibleFocus(member);
          await member.keyboard.press('Space');
          await journeyStep(member, journey('2-sign'), '3-ticked');
          await tabToNamed(member, signFor, '.sign-form');
          await expectVisibleFocus(member);
          await member.keyboard.press('Enter');
          await expectFocusIn(member, '[data-testid="our-signature"]', organisation);
          await journeyStep(member, journey('2-sign'), '4-signed');

          // 3. The secretariat sees the signatory, publishes, and follows the public link with Enter.
          await desk.goto(`${server.url}/statements/${statement.id}`);
          const row = desk.locator(`${panel} [data-testid="tally-row"]`, { hasText: organisation });
          await expect.poll(() => row.getAttribute('data-status'), { timeout: 10_000 }).toBe('signed');
          expect(await row.innerText()).toContain(signatory.name);
          await journeyStep(desk, journey('3-publish'), '1-signed');
          await tabToNamed(desk, m('publishing', 'publish.button'), panel);
          await expectVisibleFocus(desk);
          await desk.keyboard.press('Enter');
          expect(await focusedName(desk)).toBe(m('layout', 'confirm.cancel'));
          expect(await focusedDescription(desk)).toContain(m('publishing', 'publish.question', { version: 1, n: 1 }));
          await journeyStep(desk, journey('3-publish'), '2-question');
          await desk.keyboard.press('Shift+Tab');
          expect(await focusedName(desk)).toBe(m('publishing', 'publish.confirm'));
          await desk.keyboard.press('Enter');
          await expectFocusIn(desk, '[role="status"]', m('signons', 'outcome.publishedAt'));
          expect((await view()).stage).toBe('published');
          await journeyStep(desk, journey('3-publish'), '3-published');
          await desk.keyboard.press('Tab');
          expect(await desk.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(`${server.url}/p/${statement.slug}`);
          await expectVisibleFocus(desk);
          const [publicPage] = await Promise.all([secretariatContext.waitForEvent('page'), desk.keyboard.press('Enter')]);
          await publicPage.waitForLoadState();
          expect(await publicPage.locator('h1').innerText()).toBe(statement.title);
          expect(await publicPage.locator('.signatories').innerText()).toContain(organisation);
          await journeyStep(publicPage, journey('3-publish'), '4-public-page');

          // 4. The member forks the published statement, adapts the fork and publishes it in the organisation's name.
          await member.goto(`${server.url}/statements/${statement.id}`);
          await member.locator(panel).waitFor();
          await tabToNamed(member, m('forks', 'fork.button', { organisation }));
          await expectVisibleFocus(member);
          await member.keyboard.press('Enter');
          expect(await focusedName(member)).toBe(m('layout', 'confirm.cancel'));
          expect(await focusedDescription(member)).toBe(m('forks', 'fork.question', { organisation }));
          await journeyStep(member, journey('4-fork'), '1-question');
          await member.keyboard.press('Shift+Tab');
          expect(await focusedName(member)).toBe(m('forks', 'fork.confirm'));
          await member.keyboard.press('Enter');
          await member.waitForURL((url) => /^\/statements\/[0-9a-f-]+$/.test(url.pathname) && !url.pathname.endsWith(statement.id));
          const forkId = new URL(member.url()).pathname.split('/').at(-1)!;
          await member.locator('[data-testid="connection-status"][data-state="saved"]').waitFor();
          await member.locator('.ProseMirror', { hasText: PARAGRAPHS[1]! }).waitFor();
          await journeyStep(member, journey('4-fork'), '2-fork');
          await tabUntil(member, (element) => element.classList.contains('ProseMirror'), 'the text of the fork');
          await member.keyboard.press('Control+End');
          await member.keyboard.type(ADAPTATION);
          expect(await waitForStoredText(server.wsUrl, forkId, signatory.client.cookie, ADAPTATION.trim())).toBe(true);
          await journeyStep(member, journey('4-fork'), '3-adapted');
          await tabToNamed(member, m('statements', 'links.upstream'));
          await member.keyboard.press('Enter');
          await member.waitForURL(`${server.url}/statements/${forkId}/upstream`);
          const publishAs = m('forks', 'publish.button', { organisation });
          await member.getByRole('button', { name: publishAs }).waitFor();
          await journeyStep(member, journey('4-fork'), '4-upstream');
          await tabToNamed(member, publishAs);
          await expectVisibleFocus(member);
          await member.keyboard.press('Enter');
          expect(await focusedName(member)).toBe(m('layout', 'confirm.cancel'));
          expect(await focusedDescription(member)).toContain(organisation);
          await member.keyboard.press('Shift+Tab');
          expect(await focusedName(member)).toBe(m('forks', 'publish.confirm'));
          await member.keyboard.press('Enter');
          await expectFocusIn(member, '[role="status"]', m('forks', 'publish.published'));
          await journeyStep(member, journey('4-fork'), '5-published');
          await member.keyboard.press('Tab');
          await expectVisibleFocus(member);
          await Promise.all([member.waitForURL((url) => url.pathname.startsWith('/p/orgs/')), member.keyboard.press('Enter')]);
          expect(await member.locator('article.statement').innerText()).toContain(ADAPTATION.trim());
          await journeyStep(member, journey('4-fork'), '6-public-page');
        } finally {
          await secretariatContext.close();
          await memberContext.close();
        }
      }, 240_000);
    }
  }
});
