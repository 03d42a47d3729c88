import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../support/ApiClient.ts';
import { createContact, createOrganisation, signInAsSecretariat } from '../support/coalition.ts';
import { ADMIN, startAccord, type AccordProcess } from '../support/startAccord.ts';
import { waitFor } from '../support/waitFor.ts';
import { launchChromium } from './support/launchChromium.ts';
import { signIn } from './support/signIn.ts';

interface Entry {
  action: string;
}

/** A double click on a control that calls the server acts once: counted in the audit log. */
describe('a double click acts once', () => {
  let server: AccordProcess;
  let secretariat: ApiClient;
  let browser: Browser;
  let page: Page;
  let orgId: string;

  const audited = async (action: string) =>
    (await secretariat.get<{ entries: Entry[] }>(`/api/audit?action=${action}`)).body.entries.filter((entry) => entry.action === action).length;

  beforeAll(async () => {
    server = await startAccord();
    secretariat = await signInAsSecretariat(server);
    orgId = await createOrganisation(secretariat, { name: 'Registro Doble' });
    await createContact(server, secretariat, { orgId, name: 'Dana Doble' });
    browser = await launchChromium();
    page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    await signIn(page, server.url, ADMIN.email, ADMIN.password);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
  });

  it('lists a consultation publicly once when its checkbox is double-clicked', async () => {
    const created = await secretariat.post<{ id: string }>('/api/consultations', {
      name: 'Double-click review',
      body: 'UN General Assembly',
      url: 'https://www.un.org/review',
      deadline: '2031-03-14T17:00',
      timeZone: 'UTC',
    });
    expect(created.status).toBe(201);
    await page.goto(`${server.url}/admin/consultations/${created.body.id}`);
    const listed = page.getByLabel(/List in the public calendar feed/);
    await listed.waitFor();
    await listed.dblclick();
    await waitFor(async () => (await audited('consultation.updated')) > 0, { message: 'the change to be saved' });
    await waitFor(async () => await listed.isEnabled(), { message: 'the checkbox to be usable again' });
    expect(await audited('consultation.updated')).toBe(1);
    expect(await listed.isChecked()).toBe(true);
  });

  it('creates one reset link when "Reset password" is double-clicked', async () => {
    await page.goto(`${server.url}/admin/organisations/${orgId}`);
    const reset = page.getByRole('button', { name: 'Reset the password of Dana Doble' });
    await reset.waitFor();
    await reset.dblclick();
    await waitFor(async () => (await audited('auth.passwordResetIssued')) > 0, { message: 'the link to be issued' });
    await waitFor(async () => await reset.isEnabled().catch(() => true), { message: 'the button to be usable again' });
    expect(await audited('auth.passwordResetIssued')).toBe(1);
  });
});
