import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrganisation, createStatement, signInAsSecretariat } from '../support/coalition.ts';
import { ADMIN, startAccord, type AccordProcess } from '../support/startAccord.ts';
import { launchChromium } from './support/launchChromium.ts';
import { signIn } from './support/signIn.ts';

/** The secretariat reads the audit log as sentences in its own language, with the action code kept beside each. */
describe('the audit log in sentences', () => {
  let server: AccordProcess;
  let browser: Browser;

  beforeAll(async () => {
    server = await startAccord();
    const secretariat = await signInAsSecretariat(server);
    await createOrganisation(secretariat, { name: 'Registro Ejemplo' });
    const { id } = await createStatement(secretariat, 'Joint statement');
    expect((await secretariat.patch(`/api/statements/${id}`, { title: 'Joint statement on registries' })).status).toBe(200);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
  });

  async function sentences(locale: string): Promise<{ sentences: string[]; options: string[] }> {
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 }, locale })).newPage();
    await signIn(page, server.url, ADMIN.email, ADMIN.password);
    await page.goto(`${server.url}/admin/audit`);
    await page.getByTestId('audit-sentence').first().waitFor();
    const found = await page.getByTestId('audit-sentence').allInnerTexts();
    const options = await page.locator('select[name="action"] option').allInnerTexts();
    await page.context().close();
    return { sentences: found, options };
  }

  it('in English', async () => {
    const { sentences: found, options } = await sentences('en-GB');
    expect(found).toContainEqual(expect.stringMatching(/ added the organisation Registro Ejemplo\.$/));
    expect(found).toContainEqual(expect.stringMatching(/ created “Joint statement”\.$/));
    expect(found).toContainEqual(expect.stringMatching(/ renamed “Joint statement” to “Joint statement on registries”\.$/));
    expect(found).toContainEqual(expect.stringMatching(/ signed in\.$/));
    expect(options).toContain('Statement renamed');
    expect(options).not.toContain('statement.renamed');
  });

  it('in French', async () => {
    const { sentences: found, options } = await sentences('fr-FR');
    expect(found).toContainEqual(expect.stringMatching(/ a ajouté l’organisation Registro Ejemplo\.$/));
    expect(found).toContainEqual(expect.stringMatching(/ a créé “Joint statement”\.$/));
    expect(found).toContainEqual(expect.stringMatching(/ a renommé “Joint statement” en “Joint statement on registries”\.$/));
    expect(options).toContain('Déclaration renommée');
  });
});
