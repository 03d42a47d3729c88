import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD } from '../support/coalition.ts';
import { ADMIN } from '../support/startAccord.ts';
import { signOnFixture, type SignOnFixture } from '../support/signOnFixture.ts';
import { launchChromium } from './support/launchChromium.ts';
import { signIn } from './support/signIn.ts';

/** The statement page as one place: its stage and the next step for this reader. */
describe('the statement page’s stage banner', () => {
  let fixture: SignOnFixture;
  let browser: Browser;
  let signatory: Page;
  let statementId: string;

  beforeAll(async () => {
    fixture = await signOnFixture(1);
    statementId = await fixture.newStatement('Statement on open registries');
    await fixture.writeStructured(statementId);
    browser = await launchChromium();
    signatory = await (await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB', timezoneId: 'Europe/London' })).newPage();
    await signIn(signatory, fixture.server.url, fixture.orgs[0]!.signatory.email, PASSWORD);
  });

  afterAll(async () => {
    await browser?.close();
    await fixture?.stop();
  });

  it('says a draft is being drafted and asks a reader for comments', async () => {
    await signatory.goto(`${fixture.server.url}/statements/${statementId}`);
    const banner = signatory.getByRole('region', { name: 'Stage and next step' });
    expect(await banner.getByTestId('stage-banner-stage').innerText()).toBe('Drafting');
    expect(await banner.getByTestId('stage-banner-next').innerText()).toContain('read the draft, comment on it or suggest changes.');
  });

  it('during sign-on, gives the deadline and leads a signatory to the sign page', async () => {
    const { secretariat } = fixture;
    expect((await secretariat.post(`/api/statements/${statementId}/freeze`, {})).status).toBe(200);
    expect((await secretariat.patch(`/api/statements/${statementId}/settings`, { signOnDeadline: '2031-06-30T16:00:00Z' })).status).toBe(204);
    await signatory.goto(`${fixture.server.url}/statements/${statementId}`);
    const banner = signatory.getByRole('region', { name: 'Stage and next step' });
    await banner.getByText('Sign-on open until').waitFor();
    expect(await banner.getByTestId('stage-banner-stage').innerText()).toMatch(/^Sign-on open until Monday,? 30 June 2031 at 17:00$/);
    await banner.getByRole('link', { name: 'read the final text and sign for your organisation' }).click();
    await signatory.waitForURL(`${fixture.server.url}/statements/${statementId}/sign`);
  });
});

/** Word and character counts, live as anyone types, and the statement's word limit as the text nears and passes it. */
describe('the statement page’s word counts', () => {
  let fixture: SignOnFixture;
  let browser: Browser;
  let drafter: Page;
  let secretariat: Page;
  let statementId: string;

  beforeAll(async () => {
    fixture = await signOnFixture(0);
    statementId = await fixture.newStatement('Submission with a word limit');
    // "Our position" · "Local law prevails see the charter" · "First point" · "Second point": 12 words.
    await fixture.writeStructured(statementId);
    // 90 % of 14 is 12.6: 12 words are not near the limit yet, 13 are, 15 are over.
    expect((await fixture.secretariat.patch(`/api/statements/${statementId}`, { wordLimit: 14 })).status).toBe(200);
    browser = await launchChromium();
    drafter = await (await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' })).newPage();
    secretariat = await (await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' })).newPage();
    await signIn(drafter, fixture.server.url, fixture.drafter.email, PASSWORD);
    await signIn(secretariat, fixture.server.url, ADMIN.email, ADMIN.password);
  });

  afterAll(async () => {
    await browser?.close();
    await fixture?.stop();
  });

  const counts = (page: Page) => page.getByTestId('text-counts');
  const limit = (page: Page) => page.getByTestId('word-limit');
  const typeAtEnd = async (page: Page, words: string) => {
    await page.locator('.ProseMirror').click();
    await page.keyboard.press('ControlOrMeta+End');
    await page.keyboard.type(words);
  };

  it('counts the words and characters of the text, then of the selection', async () => {
    for (const page of [drafter, secretariat]) {
      await page.goto(`${fixture.server.url}/statements/${statementId}`);
      await counts(page).filter({ hasText: '12 words' }).waitFor();
      expect(await limit(page).count()).toBe(0);
    }
    expect(await counts(drafter).innerText()).toBe('12 words · 69 characters');
    await drafter.locator('.ProseMirror li p', { hasText: 'First point' }).click();
    await drafter.keyboard.press('Home');
    await drafter.keyboard.press('Shift+End');
    await drafter.getByTestId('selection-counts').filter({ hasText: 'selected: 2 words, 11 characters' }).waitFor();
  });

  it('updates both readers’ counts as two people type, and warns near and over the limit', async () => {
    await typeAtEnd(drafter, ' alpha');
    for (const page of [drafter, secretariat]) {
      await counts(page).filter({ hasText: '13 words' }).waitFor();
      await limit(page).filter({ hasText: '13 of 14 words' }).waitFor();
    }
    await typeAtEnd(secretariat, ' beta gamma');
    for (const page of [drafter, secretariat]) {
      await counts(page).filter({ hasText: '15 words' }).waitFor();
      await limit(page).filter({ hasText: '15 of 14 words: 1 word over the limit' }).waitFor();
    }
  });
});
