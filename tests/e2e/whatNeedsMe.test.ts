import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../support/ApiClient.ts';
import { agreeToPurpose, createContact, createOrganisation, createStatement, PASSWORD, signInAsSecretariat, type Contact } from '../support/coalition.ts';
import { connectCollab, waitForSync } from '../support/collabClient.ts';
import { startAccord, type AccordProcess } from '../support/startAccord.ts';
import { anchorsAround, writeParagraphs } from '../support/textAnchors.ts';
import { waitFor } from '../support/waitFor.ts';
import { waitForStoredText } from '../support/waitForStoredText.ts';
import { launchChromium } from './support/launchChromium.ts';
import { signIn } from './support/signIn.ts';

const TITLE = 'Statement on resilient registries';
const ORGANISATION = 'Registro Ejemplo';

describe('what needs me: a signatory follows a pending sign-on to the sign page', () => {
  let server: AccordProcess;
  let secretariat: ApiClient;
  let signatory: Contact;
  let browser: Browser;
  let page: Page;
  let statementId: string;

  beforeAll(async () => {
    server = await startAccord();
    secretariat = await signInAsSecretariat(server);
    const orgId = await createOrganisation(secretariat, { name: ORGANISATION });
    signatory = await createContact(server, secretariat, { orgId, role: 'signatory', name: 'Sol Signataria' });
    await agreeToPurpose(signatory, orgId);
    statementId = (await createStatement(secretariat, TITLE)).id;
    const writer = connectCollab(server.wsUrl, statementId, secretariat.cookie);
    await waitForSync(writer);
    writeParagraphs(writer.doc, ['Registries keep the Internet running in every country.']);
    await waitForStoredText(server.wsUrl, statementId, secretariat.cookie, 'every country');
    writer.destroy();
    const deadline = new Date(Date.now() + 5 * 24 * 3600_000 + 3 * 3600_000).toISOString();
    expect((await secretariat.patch(`/api/statements/${statementId}/settings`, { signOnDeadline: deadline })).status).toBe(204);
    expect((await secretariat.post(`/api/statements/${statementId}/freeze`, {})).status).toBe(200);

    browser = await launchChromium();
    page = await (await browser.newContext({ viewport: { width: 1280, height: 900 }, timezoneId: 'America/Bogota' })).newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
  });

  it('shows the count in the header, lists the request with its deadline, leads to the sign page, and clears once signed', async () => {
    await signIn(page, server.url, signatory.email, PASSWORD);
    // The header count follows navigation: the notice is made moments after the freeze.
    const link = page.getByRole('link', { name: 'What needs me, 1 item' });
    await waitFor(
      async () => {
        if (await link.isVisible()) return true;
        await page.getByRole('link', { name: 'Statements', exact: true }).click();
        return false;
      },
      { message: 'the header to count the pending sign-on' },
    );
    await link.click();
    await page.waitForURL(`${server.url}/needs`);

    const group = page.getByRole('region', { name: /Awaiting your organisation’s decision/ });
    const item = group.getByTestId('need').filter({ hasText: TITLE });
    await item.waitFor();
    expect(await item.getAttribute('data-kind')).toBe('signon');
    expect(await item.innerText()).toContain(`awaiting ${ORGANISATION}'s sign-on decision`);
    // The deadline, counted down and dated in the reader's own zone (Bogotá: UTC−5).
    const due = item.getByTestId('need-due');
    expect(await due.innerText()).toMatch(/5 days (2|3) hours left/);
    expect(await due.innerText()).toContain('GMT-5');

    await item.getByRole('link', { name: 'Read and decide' }).click();
    await page.waitForURL(`${server.url}/statements/${statementId}/sign`);
    await page.getByLabel(`I have read this text and sign it for ${ORGANISATION}`).check();
    await page.getByRole('button', { name: `Sign for ${ORGANISATION}` }).click();
    await page.getByTestId('our-signature').waitFor({ timeout: 10_000 });

    // Signing settled it: the page and the header say nothing needs the signatory any more.
    await waitFor(
      async () => {
        await page.getByRole('link', { name: /^What needs me/ }).click();
        await page.waitForURL(`${server.url}/needs`);
        await page.locator('[data-testid="needs-empty"], [data-testid="need"]').first().waitFor();
        return page.getByTestId('needs-empty').isVisible();
      },
      { message: 'the signed request to leave "What needs me"' },
    );
    expect(await page.getByText('Nothing needs you right now').isVisible()).toBe(true);
    await page.getByRole('link', { name: 'What needs me, 0 items' }).waitFor();
  });
  it('a mention links to its thread, which the statement page opens', async () => {
    const { id: otherId } = await createStatement(secretariat, 'Statement on open data');
    const writer = connectCollab(server.wsUrl, otherId, secretariat.cookie);
    await waitForSync(writer);
    writeParagraphs(writer.doc, ['Open data helps researchers.', 'Registries publish statistics.']);
    await waitForStoredText(server.wsUrl, otherId, secretariat.cookie, 'statistics');
    const thread = await secretariat.post<{ id: string }>(`/api/statements/${otherId}/threads`, {
      kind: 'comment',
      ...anchorsAround(writer.doc, 'statistics'),
      body: 'Sol, can your registry confirm these numbers?',
      mentions: [{ type: 'user', id: signatory.userId }],
    });
    writer.destroy();
    expect(thread.status).toBe(201);

    const item = page
      .getByRole('region', { name: /Replies and mentions/ })
      .getByTestId('need')
      .filter({ hasText: 'Statement on open data' });
    await waitFor(
      async () => {
        await page.goto(`${server.url}/needs`);
        await page.locator('[data-testid="needs-empty"], [data-testid="need"]').first().waitFor();
        return item.isVisible();
      },
      { message: 'the mention in "What needs me"' },
    );
    expect(await item.innerText()).toContain('can your registry confirm these numbers?');
    await item.getByRole('link', { name: 'Open the thread' }).click();
    await page.waitForURL(`${server.url}/statements/${otherId}?thread=${thread.body.id}`);
    await page.locator(`[data-thread-id="${thread.body.id}"][aria-current="true"]`).waitFor({ timeout: 10_000 });
  });
});
