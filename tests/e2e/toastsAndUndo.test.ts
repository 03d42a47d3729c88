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
  details: { to?: { role?: string } };
}

/** An action says it is done in a toast, which the keyboard can dismiss; a role change can be undone from it. */
describe('toasts and undo', () => {
  let server: AccordProcess;
  let secretariat: ApiClient;
  let browser: Browser;
  let page: Page;
  let orgId: string;

  const roleChanges = async () =>
    (await secretariat.get<{ entries: Entry[] }>('/api/audit?action=contact.updated')).body.entries.map((entry) => entry.details.to?.role);

  beforeAll(async () => {
    server = await startAccord();
    secretariat = await signInAsSecretariat(server);
    orgId = await createOrganisation(secretariat, { name: 'Registro Tostada' });
    await createContact(server, secretariat, { orgId, name: 'Toni Tostada' });
    browser = await launchChromium();
    page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    await signIn(page, server.url, ADMIN.email, ADMIN.password);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
  });

  it('says a role changed, and Undo changes it back on the server', async () => {
    await page.goto(`${server.url}/admin/organisations/${orgId}`);
    const role = page.getByRole('combobox', { name: 'Role of Toni Tostada' });
    await role.selectOption('signatory');
    const toast = page.getByRole('status').getByTestId('toast').filter({ hasText: 'Toni Tostada is now a signatory.' });
    await toast.waitFor();
    expect(await roleChanges()).toEqual(['signatory']);

    await toast.getByRole('button', { name: 'Undo' }).click();
    await waitFor(async () => (await roleChanges()).length === 2, { message: 'the undo to reach the server' });
    // Newest first: the undo put the contact back.
    expect(await roleChanges()).toEqual(['contact', 'signatory']);
    await waitFor(async () => (await role.inputValue()) === 'contact', { message: 'the picker to show the role again' });
    await page.getByRole('status').getByTestId('toast').filter({ hasText: 'Undone.' }).waitFor();
  });

  it('is dismissed from the keyboard, and stays while focused', async () => {
    await page.getByRole('button', { name: 'Reset the password of Toni Tostada' }).click();
    const toast = page.getByTestId('toast').filter({ hasText: 'Reset link created for Toni Tostada.' });
    await toast.waitFor();
    const dismiss = toast.getByRole('button', { name: 'Dismiss' });
    await dismiss.focus();
    await page.keyboard.press('Enter');
    await toast.waitFor({ state: 'detached' });

    await page.getByRole('button', { name: 'Reset the password of Toni Tostada' }).click();
    const again = page.getByTestId('toast').filter({ hasText: 'Reset link created for Toni Tostada.' });
    await again.waitFor();
    await again.getByRole('button', { name: 'Dismiss' }).focus();
    await page.keyboard.press('Escape');
    await again.waitFor({ state: 'detached' });
  });
});
