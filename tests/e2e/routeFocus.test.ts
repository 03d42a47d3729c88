import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agreeToPurpose, createContact, createOrganisation, createStatement, PASSWORD, signInAsSecretariat, type Contact } from '../support/coalition.ts';
import type { ApiClient } from '../support/ApiClient.ts';
import { connectCollab, waitForSync } from '../support/collabClient.ts';
import { startAccord, type AccordProcess } from '../support/startAccord.ts';
import { writeParagraphs } from '../support/textAnchors.ts';
import { waitFor } from '../support/waitFor.ts';
import { waitForStoredText } from '../support/waitForStoredText.ts';
import { tabUntil, waitForFocus } from './support/keyboard.ts';
import { launchChromium } from './support/launchChromium.ts';
import { signIn } from './support/signIn.ts';

const LOCALES = path.resolve(import.meta.dirname, '../../shared/i18n/locales');

/** An English message of the catalogue, as the page shows it. */
function english(namespace: string, key: string): string {
  let found: unknown = JSON.parse(readFileSync(path.join(LOCALES, 'en', `${namespace}.json`), 'utf8'));
  for (const part of key.split('.')) found = (found as Record<string, unknown>)[part];
  if (typeof found !== 'string') throw new Error(`no message ${namespace}:${key}`);
  return found;
}

/** Whether the focused element is the first control after the page's h1 (in document order, shown, reachable by Tab). */
const onFirstControlAfterHeading = (page: Page) =>
  page.evaluate(() => {
    const heading = document.querySelector('main h1');
    if (heading === null) return 'no h1 in main';
    const controls = [...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary, [tabindex]')].filter(
      (element) =>
        !(element as HTMLButtonElement).disabled &&
        element.tabIndex >= 0 &&
        element.getClientRects().length > 0 &&
        (heading.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0,
    );
    const first = controls[0];
    if (first === undefined) return 'no control after the h1';
    const active = document.activeElement;
    if (active?.closest('header') && !active.closest('main')) return `back in the header, on ${active.textContent}`;
    return active === first ? 'first control' : `on ${active?.outerHTML.slice(0, 120)}, not ${first.outerHTML.slice(0, 120)}`;
  });

const DRAFTING_TITLE = 'Statement on registration data';

/** Following a header link by keyboard lands on the new page's h1, and Tab goes on into that page (WCAG 2.4.3). */
describe('focus after following a link to another page', () => {
  let server: AccordProcess;
  let secretariat: ApiClient;
  let signatory: Contact;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await startAccord();
    secretariat = await signInAsSecretariat(server);
    const orgId = await createOrganisation(secretariat, { name: 'Registro Ejemplo' });
    signatory = await createContact(server, secretariat, { orgId, role: 'signatory', name: 'Sol Signataria' });
    await agreeToPurpose(signatory, orgId);
    // A statement in sign-on: the statement list has a card, and "What needs me" has the organisation's decision.
    const { id } = await createStatement(secretariat, 'Statement on resilient registries');
    const writer = connectCollab(server.wsUrl, id, secretariat.cookie);
    await waitForSync(writer);
    writeParagraphs(writer.doc, ['Registries keep the Internet running in every country.']);
    await waitForStoredText(server.wsUrl, id, secretariat.cookie, 'every country');
    writer.destroy();
    expect((await secretariat.post(`/api/statements/${id}/freeze`, {})).status).toBe(200);
    // A drafting statement the signatory drafts: its title is a field, inside the page's h1.
    const drafting = await createStatement(secretariat, DRAFTING_TITLE);
    expect((await secretariat.post(`/api/statements/${drafting.id}/drafters`, { userId: signatory.userId })).status).toBe(204);
    await waitFor(async () => (await signatory.client.get<unknown[]>('/api/me/needs')).body.length > 0, { message: 'the sign-on to need the signatory' });

    browser = await launchChromium();
    page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    await signIn(page, server.url, signatory.email, PASSWORD);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
  });

  for (const { link, title } of [
    { link: '/statements', title: english('statements', 'list.title') },
    { link: '/needs', title: english('needs', 'title') },
    { link: '/account', title: english('account', 'title') },
  ]) {
    it(`the header's link to ${link} lands on its h1 "${title}", and Tab reaches the page's first control`, async () => {
      // A first load leaves the focus alone.
      await page.goto(`${server.url}/`);
      await page.locator('main h1').waitFor();
      expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);

      // tabUntil runs its test in the page: the address it looks for goes there first.
      await page.evaluate((target) => {
        (window as unknown as { linkTarget: string }).linkTarget = target;
      }, link);
      await tabUntil(
        page,
        (element) => element.closest('header') !== null && element.getAttribute('href') === (window as unknown as { linkTarget: string }).linkTarget,
        `the header's link to ${link}`,
      );
      await page.keyboard.press('Enter');
      await page.waitForURL(`${server.url}${link}`);

      await waitForFocus(page, (element) => element.tagName === 'H1' && element.closest('main') !== null, `the h1 of ${link}`);
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(title);
      // The page keeps the focus ring on its heading: the reader sees where the keyboard is.
      expect(await page.evaluate(() => getComputedStyle(document.activeElement ?? document.body).outlineStyle)).not.toBe('none');

      // Once the page has its content (a reader waits for it too), Tab goes into the page, not back to the header.
      await page.waitForFunction(() => document.querySelector('main [aria-busy="true"]') === null);
      await page.keyboard.press('Tab');
      expect(await onFirstControlAfterHeading(page)).toBe('first control');
    });
  }

  it('a link to a page that sends the reader on lands on the h1 of the page it sends them to', async () => {
    // A contact whose organisation has not agreed to the Statement of Purpose: the statement list sends them there first.
    const orgId = await createOrganisation(secretariat, { name: 'Registre Nouveau' });
    const newcomer = await createContact(server, secretariat, { orgId, name: 'Noé Nouveau', agreed: false });
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const [name, value] = newcomer.client.cookie!.split(/=(.*)/s) as [string, string];
    await context.addCookies([{ name, value, url: server.url }]);
    const newcomerPage = await context.newPage();
    await newcomerPage.goto(`${server.url}/account`);
    await newcomerPage.locator('main h1').waitFor();

    await tabUntil(
      newcomerPage,
      (element) => element.closest('header') !== null && element.getAttribute('href') === '/statements',
      'the header’s link to /statements',
    );
    await newcomerPage.keyboard.press('Enter');
    await newcomerPage.waitForURL(`${server.url}/purpose`);
    await waitForFocus(newcomerPage, (element) => element.tagName === 'H1' && element.closest('main') !== null, 'the h1 of /purpose');
    expect(await newcomerPage.evaluate(() => document.activeElement?.textContent)).toBe(english('purpose', 'page.title'));
    await context.close();
  });

  it('a drafter following a statement card lands on the h1 that holds the title field', async () => {
    await page.goto(`${server.url}/statements`);
    await page.locator('main h1').waitFor();
    await page.evaluate((title) => {
      (window as unknown as { cardTitle: string }).cardTitle = title;
    }, DRAFTING_TITLE);
    await tabUntil(
      page,
      (element) => element.matches('a.statement-card') && (element.textContent ?? '').includes((window as unknown as { cardTitle: string }).cardTitle),
      'the drafting statement’s card',
    );
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/statements\/[0-9a-f-]+$/);
    await waitForFocus(page, (element) => element.tagName === 'H1' && element.closest('main') !== null, 'the statement’s h1');
    // One h1, named by the title it holds; the field in it is the drafter's to edit.
    expect(await page.locator('h1').count()).toBe(1);
    expect(await page.getByRole('heading', { level: 1, name: DRAFTING_TITLE }).count()).toBe(1);
    expect(await page.locator('main h1 textarea[data-testid="statement-title"]').inputValue()).toBe(DRAFTING_TITLE);
  });
});
