import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD } from '../support/coalition.ts';
import { ADMIN } from '../support/startAccord.ts';
import { signOnFixture, type SignOnFixture } from '../support/signOnFixture.ts';
import { waitFor } from '../support/waitFor.ts';
import { launchChromium } from './support/launchChromium.ts';
import { signIn } from './support/signIn.ts';

const TITLE = 'Statement on resilient registries';

/** The home page after signing in: a contact's statements by stage, deadlines, needs and activity; the secretariat's tally. */
describe('the dashboard', () => {
  let fixture: SignOnFixture;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    fixture = await signOnFixture(1);
    browser = await launchChromium();
    page = await (await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' })).newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await fixture?.stop();
  });

  const region = (name: string) => page.getByRole('region', { name, exact: true });

  it('tells a fresh account, section by section, that nothing is there yet and what comes next', async () => {
    await signIn(page, fixture.server.url, fixture.orgs[0]!.signatory.email, PASSWORD);
    await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
    expect(await region('What needs you').innerText()).toContain('Nothing needs you right now.');
    expect(await region('Coming deadlines').innerText()).toContain('No consultation deadline is coming up.');
    expect(await region('Being drafted').innerText()).toContain('When the secretariat opens a statement, it appears here');
    expect(await region('Awaiting your organisation’s sign-on').innerText()).toContain('No statement is open for sign-on.');
    expect(await region('Published').innerText()).toContain('Nothing published yet.');
    expect(await region('Recent activity').innerText()).toContain('Nothing has happened yet on the statements you follow.');
    expect(await page.getByRole('region', { name: 'Sign-on tally' }).count()).toBe(0);
    await page.getByRole('link', { name: 'All statements' }).first().click();
    await page.waitForURL(`${fixture.server.url}/statements`);
    await page.getByRole('heading', { level: 1, name: 'Statements' }).waitFor();
  });

  it('shows a signatory each section once there is work: sign-on awaiting them, a deadline, what needs them, what happened', async () => {
    const { secretariat } = fixture;
    const drafting = await fixture.newStatement('Draft on registration data');
    const statementId = await fixture.newStatement(TITLE);
    await fixture.writeStructured(statementId);
    const consultation = await secretariat.post<{ id: string }>('/api/consultations', {
      name: 'WSIS+20 review',
      body: 'UN General Assembly',
      url: 'https://example.org/wsis',
      deadline: '2031-03-14T17:00',
      timeZone: 'Europe/Zurich',
    });
    expect(consultation.status).toBe(201);
    expect((await secretariat.post(`/api/statements/${statementId}/freeze`, {})).status).toBe(200);

    await waitFor(
      async () => {
        await page.goto(`${fixture.server.url}/`);
        await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
        await region('What needs you').waitFor();
        return (await page.getByTestId('dashboard-need').count()) > 0;
      },
      { message: 'the pending sign-on to reach the dashboard' },
    );
    expect(await page.getByTestId('dashboard-need').first().innerText()).toContain(TITLE);
    expect(
      await region('What needs you')
        .getByRole('link', { name: /See the 1 item that needs you/ })
        .count(),
    ).toBe(1);

    const signOn = region('Awaiting your organisation’s sign-on');
    const card = signOn.locator('.statement-card', { hasText: TITLE });
    expect(await card.getByTestId('my-sign-on').innerText()).toBe('Awaiting your organisation’s decision');
    await region('Being drafted').locator('.statement-card', { hasText: 'Draft on registration data' }).waitFor();
    expect(await page.locator(`a[href="/statements/${drafting}"]`).count()).toBeGreaterThan(0);

    const deadline = region('Coming deadlines').getByTestId('upcoming-deadline');
    expect(await deadline.innerText()).toContain('WSIS+20 review');
    expect(await deadline.innerText()).toMatch(/\d+ days left/);

    const activity = region('Recent activity').getByTestId('dashboard-activity');
    const opened = activity.filter({ hasText: `opened ${TITLE} for sign-on` });
    await opened.waitFor();
    expect(await opened.getByRole('link', { name: TITLE }).getAttribute('href')).toBe(`/statements/${statementId}`);
    expect(await region('Recent activity').innerText()).not.toContain('statement.');
  });

  it('adds the sign-on tally for the secretariat', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
    const secretariatPage = await context.newPage();
    await signIn(secretariatPage, fixture.server.url, ADMIN.email, ADMIN.password);
    const row = secretariatPage.getByRole('region', { name: 'Sign-on tally' }).getByTestId('dashboard-tally-row').filter({ hasText: TITLE });
    await row.waitFor();
    // The fixture's drafting organisation and its one member organisation are asked.
    expect(await row.innerText()).toContain('0 of 2 signed');
    await context.close();
  });
});
