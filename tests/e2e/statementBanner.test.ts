import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD } from '../support/coalition.ts';
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
