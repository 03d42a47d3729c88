import { DateTime } from 'luxon';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStatement, signInAsSecretariat } from '../support/coalition.ts';
import { ADMIN, startAccord, type AccordProcess } from '../support/startAccord.ts';
import { launchChromium } from './support/launchChromium.ts';
import { signIn } from './support/signIn.ts';

const ZONE = 'Europe/Zurich';

/** The secretariat keeps a consultation through the admin screens: adds it, links a statement, moves it twice. */
describe('consultations in the admin area', () => {
  let server: AccordProcess;
  let browser: Browser;
  let page: Page;
  let statementId: string;

  beforeAll(async () => {
    server = await startAccord();
    statementId = (await createStatement(await signInAsSecretariat(server), 'Statement to the WSIS+20 review')).id;
    browser = await launchChromium();
    page = await (await browser.newContext({ viewport: { width: 1280, height: 900 }, timezoneId: ZONE, locale: 'en-GB' })).newPage();
    await signIn(page, server.url, ADMIN.email, ADMIN.password);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
  });

  it('adds a consultation, moves its deadline with a reason and keeps the history', async () => {
    await page.goto(`${server.url}/admin/consultations`);
    await page.getByLabel('Consultation name').fill('WSIS+20 review');
    await page.getByLabel('Run by').fill('UN General Assembly');
    await page.getByLabel('Link').fill('https://www.un.org/wsis20');
    await page.getByLabel('Deadline', { exact: true }).fill('2031-03-14T17:00');
    await page.getByRole('combobox', { name: 'Time zone of the deadline' }).selectOption(ZONE);
    await page.getByRole('button', { name: 'Add consultation' }).click();
    await page.waitForURL(/\/admin\/consultations\/[^/]+$/);
    await page.getByRole('heading', { name: 'WSIS+20 review' }).waitFor();

    await page.getByLabel(/New deadline/).fill('2031-03-28T17:00');
    await page.getByLabel('Reason for the move').fill('extended by the UN secretariat');
    await page.getByRole('button', { name: 'Move deadline' }).click();
    const history = page.getByRole('list', { name: 'Deadline moves' });
    await history.waitFor();
    expect(await history.innerText()).toContain('Moved from 14 March to 28 March: extended by the UN secretariat');
  });

  it('links a statement with a sign-on milestone, and flags a move that leaves it in the past', async () => {
    await page.goto(`${server.url}/statements/${statementId}`);
    const form = page.getByRole('form', { name: 'Consultation and milestones' });
    await form.getByRole('combobox', { name: 'Linked consultation' }).selectOption({ label: 'WSIS+20 review (UN General Assembly)' });
    await form.getByLabel('Sign-on closes: days before the deadline').fill('7');
    await form.getByRole('button', { name: 'Save consultation and milestones' }).click();
    const milestones = page.getByRole('list', { name: 'Milestones' });
    await milestones.waitFor();
    // Seven days before 28 March 17:00 in Zurich.
    expect(await milestones.innerText()).toContain('21 March 2031');

    // Five days from now: sign-on would have closed two days ago.
    await page.goto(`${server.url}/admin/consultations`);
    await page.getByRole('link', { name: 'WSIS+20 review' }).click();
    const soon = DateTime.now().setZone(ZONE).plus({ days: 5 }).toFormat("yyyy-MM-dd'T'HH:mm");
    await page.getByLabel(/New deadline/).fill(soon);
    await page.getByLabel('Reason for the move').fill('brought forward by the chair');
    await page.getByRole('button', { name: 'Move deadline' }).click();
    const attention = page.getByRole('region', { name: 'Needs attention' });
    await attention.waitFor();
    expect(await attention.innerText()).toContain('Statement to the WSIS+20 review');
    expect(await page.getByRole('list', { name: 'Deadline moves' }).locator('li').count()).toBe(2);
  });
});
