import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../support/ApiClient.ts';
import { createContact, createOrganisation, createStatement, PASSWORD, signInAsSecretariat, type Contact } from '../support/coalition.ts';
import { startAccord, type AccordProcess } from '../support/startAccord.ts';
import { waitFor } from '../support/waitFor.ts';
import { launchChromium } from './support/launchChromium.ts';
import { signIn } from './support/signIn.ts';

const TITLE = 'Statement to the CSTD review';
const REASON = 'extended by the UN secretariat';

/**
 * The consultation's deadline is 17:00 in Geneva; in Tokyo that is 01:00 the next day. A contact who
 * chose Tokyo as their zone, on a laptop set to New York, reads every date, and the move, in Tokyo time.
 */
describe('a deadline and its move, in the contact’s own time zone', () => {
  let server: AccordProcess;
  let secretariat: ApiClient;
  let contact: Contact;
  let browser: Browser;
  let page: Page;
  let statementId: string;

  beforeAll(async () => {
    server = await startAccord();
    secretariat = await signInAsSecretariat(server);
    const orgId = await createOrganisation(secretariat, { name: 'Registro Ejemplo' });
    contact = await createContact(server, secretariat, { orgId, name: 'Kei Contact' });
    statementId = (await createStatement(secretariat, TITLE)).id;
    const created = await secretariat.post<{ id: string }>('/api/consultations', {
      name: 'CSTD WSIS review',
      body: 'UN CSTD',
      url: 'https://unctad.org/cstd',
      deadline: '2031-03-14T17:00',
      timeZone: 'Europe/Zurich',
    });
    expect(created.status).toBe(201);
    const linked = await secretariat.patch(`/api/statements/${statementId}`, { consultationId: created.body.id, milestones: { signOnCloses: 7 } });
    expect(linked.status).toBe(200);
    const moved = await secretariat.patch(`/api/consultations/${created.body.id}`, { deadline: '2031-03-28T17:00', reason: REASON });
    expect(moved.status).toBe(200);

    browser = await launchChromium();
    page = await (await browser.newContext({ viewport: { width: 1280, height: 900 }, timezoneId: 'America/New_York', locale: 'en-GB' })).newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
  });

  it('chooses Tokyo on the account page, then reads the deadline, its move and the milestone in Tokyo time', async () => {
    await signIn(page, server.url, contact.email, PASSWORD);
    await page.goto(`${server.url}/account`);
    await page.getByRole('combobox', { name: 'Your time zone' }).selectOption('Asia/Tokyo');
    await page.getByRole('button', { name: 'Save notification settings' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();

    await page.goto(`${server.url}/statements/${statementId}`);
    const deadline = page.getByTestId('consultation-deadline');
    await deadline.waitFor();
    // 28 March 17:00 in Zurich (UTC+1) is 29 March 01:00 in Tokyo.
    expect(await deadline.innerText()).toContain('29 March 2031');
    expect(await deadline.innerText()).toContain('(Asia/Tokyo)');
    expect(await page.getByTestId('deadline-move').innerText()).toBe(`Moved from 15 March to 29 March: ${REASON}`);
    // Sign-on closes 7 days before, at the same wall time in Zurich: 21 March 17:00 there, 22 March 01:00 in Tokyo.
    expect(await page.getByRole('list', { name: 'Milestones' }).innerText()).toContain('22 March 2031');
  });

  it('counts the deadline down on the home page, dated in Tokyo time', async () => {
    await page.goto(`${server.url}/`);
    const coming = page.getByRole('region', { name: 'Coming deadlines' }).getByTestId('upcoming-deadline');
    await coming.waitFor();
    const text = await coming.innerText();
    expect(text).toContain('CSTD WSIS review');
    expect(text).toMatch(/\d+ days left/);
    expect(text).toContain('29 March 2031');
    expect(text).toContain(`Moved from 15 March to 29 March: ${REASON}`);
  });

  it('lists the moved deadline in What needs me, dated in Tokyo time', async () => {
    await page.goto(`${server.url}/needs`);
    const item = page.getByTestId('need').filter({ hasText: TITLE });
    await waitFor(
      async () => {
        // The list has loaded (an item or the empty state) before it is judged, then reloaded.
        await page.locator('[data-testid="needs-empty"], [data-testid="need"]').first().waitFor();
        if (await item.isVisible()) return true;
        await page.reload();
        return false;
      },
      { message: 'the moved deadline to reach What needs me', timeoutMs: 30_000 },
    );
    expect(await item.getAttribute('data-kind')).toBe('deadline');
    expect(await item.innerText()).toContain(REASON);
    expect(await item.getByTestId('need-due').innerText()).toMatch(/29 Mar 2031.*GMT\+9/);
  });
});
