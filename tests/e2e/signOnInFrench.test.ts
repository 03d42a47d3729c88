import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD } from '../support/coalition.ts';
import { type SignOnFixture, signOnFixture } from '../support/signOnFixture.ts';
import { launchChromium } from './support/launchChromium.ts';
import { signIn } from './support/signIn.ts';

/**
 * A signatory whose browser speaks French signs in French: the sign page, its declaration, the button and
 * what it says afterwards all come from the French catalogue (issue 14).
 */
describe('a French-speaking signatory signs the final text in French', () => {
  let fixture: SignOnFixture;
  let browser: Browser;
  let page: Page;
  let statementId: string;

  beforeAll(async () => {
    fixture = await signOnFixture(1);
    statementId = await fixture.newStatement();
    await fixture.writeStructured(statementId);
    const frozen = await fixture.secretariat.post(`/api/statements/${statementId}/freeze`, { carryOver: false });
    expect(frozen.status).toBe(200);
    browser = await launchChromium();
    page = await (await browser.newContext({ locale: 'fr-FR', viewport: { width: 1280, height: 900 } })).newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await fixture?.stop();
  });

  it('reads the sign page, ticks the declaration and signs, all in French', async () => {
    const { name, signatory } = fixture.orgs[0]!;
    await signIn(page, fixture.server.url, signatory.email, PASSWORD);
    await page.goto(`${fixture.server.url}/statements/${statementId}/sign`);
    await page.getByTestId('final-text').waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr');
    expect(await page.getByTestId('sign-on-deadline').innerText()).toContain('La signature est ouverte, sans date limite');
    // textContent: the kicker is upper-cased by CSS, innerText would shout it.
    expect(await page.getByTestId('final-text').textContent()).toContain('Texte final · version 1');

    const sign = page.getByRole('button', { name: `Signer pour ${name}` });
    expect(await sign.isDisabled()).toBe(true);
    await page.getByLabel(`J’ai lu ce texte et je le signe pour ${name}`).check();
    await sign.click();
    const signed = page.getByTestId('our-signature');
    await signed.waitFor({ timeout: 10_000 });
    expect(await signed.innerText()).toMatch(new RegExp(`^Signée pour ${name} le `));
    expect(await signed.getByRole('button', { name: 'Retirer notre signature' }).isVisible()).toBe(true);
  });
});
