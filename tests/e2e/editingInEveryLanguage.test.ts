import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agreeToPurpose, createContact, createOrganisation, createStatement, PASSWORD, signInAsSecretariat, type Contact } from '../support/coalition.ts';
import { startAccord, type AccordProcess } from '../support/startAccord.ts';
import { launchChromium } from './support/launchChromium.ts';
import { selectWords } from './support/selectWords.ts';
import { signIn } from './support/signIn.ts';

/** Each toolbar button's visible text (symbols hidden from screen readers left out) and its accessible name. */
async function toolbarNames(toolbar: Locator): Promise<{ visible: string; name: string }[]> {
  const names = [];
  for (const button of await toolbar.getByRole('button').all()) {
    const visible = await button.evaluate((element) => {
      const copy = element.cloneNode(true) as HTMLElement;
      for (const hidden of copy.querySelectorAll('[aria-hidden="true"]')) hidden.remove();
      return (copy.textContent ?? '').trim();
    });
    const name = (await button.getAttribute('aria-label')) ?? visible;
    if (visible !== '') names.push({ visible, name });
  }
  return names;
}

describe('editing in every language', () => {
  let server: AccordProcess;
  let browser: Browser;
  let drafter: Contact;
  let statementId: string;

  beforeAll(async () => {
    server = await startAccord();
    const secretariat = await signInAsSecretariat(server);
    const orgId = await createOrganisation(secretariat, { name: 'Registro Ejemplo' });
    drafter = await createContact(server, secretariat, { orgId, name: 'Bea Drafter' });
    await agreeToPurpose(drafter, orgId);
    statementId = (await createStatement(secretariat, 'Joint statement on DNS abuse')).id;
    const added = await secretariat.post(`/api/statements/${statementId}/drafters`, { userId: drafter.userId });
    expect(added.status).toBe(204);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
  });

  /** The statement page in a browser of `locale`, the reader having chosen `language` on this device if given. */
  async function openStatement(locale: string, language?: string): Promise<Page> {
    const context = await browser.newContext({ locale, viewport: { width: 1280, height: 900 } });
    if (language) await context.addInitScript((chosen) => localStorage.setItem('accord.language', chosen), language);
    const page = await context.newPage();
    await signIn(page, server.url, drafter.email, PASSWORD);
    await page.goto(`${server.url}/statements/${statementId}`);
    await page.locator('[data-testid="connection-status"][data-state="saved"]').waitFor();
    return page;
  }

  it('names each toolbar button by the text it shows (WCAG 2.5.3): H1 is "H1 Heading 1", not "Heading 1"', async () => {
    const page = await openStatement('en-GB');
    const names = await toolbarNames(page.getByRole('toolbar', { name: 'Formatting' }));
    expect(names.map(({ visible }) => visible).slice(0, 6)).toEqual(['H1', 'H2', 'H3', 'B', 'I', 'Comment']);
    for (const { visible, name } of names) expect(name.toLowerCase(), visible).toContain(visible.toLowerCase());
    expect(names[0]?.name).toBe('H1 Heading 1');
    await page.context().close();
  });

  it('speaks French to a reader who chose it on an American browser: toolbar, save state, comment, resolution, dates', async () => {
    const page = await openStatement('en-US', 'fr');
    expect(await page.locator('html').getAttribute('lang')).toBe('fr');
    const toolbar = page.getByRole('toolbar', { name: 'Mise en forme' });
    for (const { visible, name } of await toolbarNames(toolbar)) expect(name.toLowerCase(), visible).toContain(visible.toLowerCase());
    await toolbar.getByRole('button', { name: 'H1 Titre 1' }).waitFor();
    expect(await page.getByTestId('connection-status').innerText()).toBe('Enregistré');
    await page.getByRole('heading', { level: 2, name: 'Commentaires' }).waitFor();

    const sentence = 'Les registres agissent contre les abus dans leur périmètre.';
    await page.locator('.ProseMirror').click();
    await page.keyboard.type(sentence);
    await page.locator('[data-testid="connection-status"][data-state="saved"]').waitFor();
    await selectWords(page, 'contre les abus');
    const comment = toolbar.getByRole('button', { name: 'Commenter', exact: true });
    await expect.poll(() => comment.isEnabled(), { timeout: 5_000 }).toBe(true);
    await comment.click();
    const composer = page.locator('.thread-composer');
    await composer.getByRole('heading', { name: 'Nouveau commentaire' }).waitFor();
    await composer.getByLabel('Commentaire', { exact: true }).fill('Quels abus ?');
    await composer.getByRole('button', { name: 'Commenter', exact: true }).click();

    const thread = page.locator('[data-testid="thread"]', { hasText: 'Quels abus ?' });
    await thread.getByRole('button', { name: 'Résoudre' }).click();
    await page.getByRole('button', { name: /^Résolus/ }).click();
    const outcome = page.locator('[data-testid="thread"][data-status="resolved"] [data-testid="thread-outcome"]');
    await expect.poll(() => outcome.innerText(), { timeout: 5_000 }).toMatch(/^Résolu par Bea Drafter/);
    // The moment on hover is written the French way (day before month, 24-hour clock), not the American browser's.
    expect(await outcome.locator('time').getAttribute('title')).toMatch(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}:\d{2}$/);
    await page.context().close();
  });
});
