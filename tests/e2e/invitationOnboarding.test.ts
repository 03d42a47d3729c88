import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../support/ApiClient.ts';
import { connectCollab, typeInto, waitForSync, type CollabClient } from '../support/collabClient.ts';
import { createStatement, PASSWORD, signInAsSecretariat } from '../support/coalition.ts';
import { ADMIN, startAccord, type AccordProcess } from '../support/startAccord.ts';
import { launchChromium } from './support/launchChromium.ts';
import { selectWords } from './support/selectWords.ts';
import { signIn } from './support/signIn.ts';
import { editorText } from './support/editorText.ts';

const ORGANISATION = 'Registro Ejemplo';
const CONTACT_EMAIL = 'lucia@registro.example';
const CONTACT_NAME = 'Lucía Contacto';
const DRAFT_TITLE = 'Joint statement on the WSIS+20 review';
const DRAFTED = 'The coalition welcomes the review of the World Summit on the Information Society.';

// Commenting comes with a later issue; for now a contact who is not a drafter only reads.
describe('a contact invited through the administration pages agrees to the Statement of Purpose first, then can comment on a draft but not edit it', () => {
  let server: AccordProcess;
  let secretariatApi: ApiClient;
  let secretariatWriter: CollabClient;
  let browser: Browser;
  let secretariatPage: Page;
  let contactPage: Page;
  let statementId: string;
  let orgId: string;
  let invitationUrl: string;

  beforeAll(async () => {
    server = await startAccord();
    secretariatApi = await signInAsSecretariat(server);
    statementId = (await createStatement(secretariatApi, DRAFT_TITLE)).id;
    // The secretariat drafts the first sentence, outside any browser.
    secretariatWriter = connectCollab(server.wsUrl, statementId, secretariatApi.cookie);
    await waitForSync(secretariatWriter);
    typeInto(secretariatWriter.doc, DRAFTED);
    browser = await launchChromium();
    secretariatPage = await (await browser.newContext()).newPage();
    contactPage = await (await browser.newContext()).newPage();
  });

  afterAll(async () => {
    secretariatWriter?.destroy();
    await browser?.close();
    await server?.dispose();
  });

  it('the secretariat adds an organisation and invites a contact, and reads the link from the page', async () => {
    await signIn(secretariatPage, server.url, ADMIN.email, ADMIN.password);
    await secretariatPage.locator('summary', { hasText: 'Administration' }).click();
    await secretariatPage.locator('.menu__items').getByRole('link', { name: 'Organisations' }).click();
    await secretariatPage.waitForURL(`${server.url}/admin/organisations`);

    await secretariatPage.getByLabel('Name', { exact: true }).fill(ORGANISATION);
    await secretariatPage.getByLabel('Kind', { exact: true }).selectOption('ccTLD');
    await secretariatPage.getByLabel('Category', { exact: true }).selectOption('member');
    await secretariatPage.getByLabel('Country', { exact: true }).selectOption('ES');
    await secretariatPage.getByRole('button', { name: 'Add organisation' }).click();
    await secretariatPage.waitForURL(/\/admin\/organisations\/[0-9a-f-]+$/);
    orgId = new URL(secretariatPage.url()).pathname.split('/').at(-1)!;
    await secretariatPage.getByRole('heading', { level: 1, name: ORGANISATION }).waitFor();

    await secretariatPage.getByLabel('E-mail', { exact: true }).fill(CONTACT_EMAIL);
    await secretariatPage.getByLabel('Role', { exact: true }).selectOption('contact');
    await secretariatPage.getByRole('button', { name: 'Create invitation link' }).click();
    const link = secretariatPage.locator('[data-testid="one-time-link"]');
    await link.waitFor();
    invitationUrl = await link.inputValue();
    expect(invitationUrl).toMatch(new RegExp(`^${server.url}/invitations/[A-Za-z0-9_-]+$`));
    await secretariatPage.locator('[data-testid="invitation-row"]', { hasText: CONTACT_EMAIL }).filter({ hasText: 'Pending' }).waitFor();
  });

  it('the contact accepts, is shown the Statement of Purpose first and agrees for the organisation', async () => {
    await contactPage.goto(invitationUrl);
    await contactPage.getByLabel('Your name, as colleagues will see it').fill(CONTACT_NAME);
    await contactPage.getByLabel('Choose a password').fill(PASSWORD);
    await contactPage.getByRole('button', { name: 'Accept invitation' }).click();

    await contactPage.waitForURL(`${server.url}/purpose`);
    await contactPage.locator('[data-testid="purpose-text"]').waitFor();
    await contactPage.getByRole('button', { name: `Agree for ${ORGANISATION}` }).click();
    await contactPage.locator('[data-testid="purpose-agreed"]', { hasText: 'by you' }).waitFor();

    const organisations = await secretariatApi.get<{ id: string; purpose: { version: number } | null }[]>('/api/orgs');
    expect(organisations.body.find((organisation) => organisation.id === orgId)?.purpose?.version).toBe(1);

    await contactPage.getByRole('link', { name: 'Go to the statements' }).click();
    await contactPage.locator('.statement-card', { hasText: DRAFT_TITLE }).waitFor();
    expect(await contactPage.locator('[data-testid="purpose-banner"]').count()).toBe(0);
  });

  it('the contact opens the draft read-only: typing changes nothing, in the browser or on the server', async () => {
    await contactPage.locator('.statement-card', { hasText: DRAFT_TITLE }).click();
    await contactPage.waitForURL(`${server.url}/statements/${statementId}`);
    await contactPage.locator('[data-testid="connection-status"][data-state="read-only"]').waitFor();
    await contactPage.locator('.ProseMirror', { hasText: DRAFTED }).waitFor();
    expect(await contactPage.locator('.ProseMirror').getAttribute('aria-readonly')).toBe('true');

    const before = await editorText(contactPage);
    await contactPage.locator('.ProseMirror').click();
    await contactPage.keyboard.press('End');
    await contactPage.keyboard.type(' CONTACT-WAS-HERE');
    expect(await editorText(contactPage)).toBe(before);

    // The secretariat's later edit reaches the contact, so anything the contact sent had every chance to arrive.
    typeInto(secretariatWriter.doc, ' Later words from the secretariat.');
    await contactPage.locator('.ProseMirror', { hasText: 'Later words from the secretariat.' }).waitFor();
    expect(secretariatWriter.text()).not.toContain('CONTACT-WAS-HERE');
    expect(await editorText(contactPage)).not.toContain('CONTACT-WAS-HERE');

    const late = connectCollab(server.wsUrl, statementId, secretariatApi.cookie);
    try {
      await waitForSync(late);
      expect(late.text()).toBe(`${DRAFTED} Later words from the secretariat.`);
    } finally {
      late.destroy();
    }
  });

  it('the contact comments on words of the draft, and the comment is stored and shown to the secretariat', async () => {
    await selectWords(contactPage, 'World Summit');
    await contactPage.getByRole('button', { name: 'Comment', exact: true }).first().click();
    const composer = contactPage.locator('.thread-composer');
    await composer.getByLabel('Comment', { exact: true }).fill('Should we name the WSIS+20 review here?');
    await composer.getByRole('button', { name: 'Comment', exact: true }).click();
    await contactPage.locator('[data-testid="thread"]', { hasText: 'Should we name the WSIS+20 review here?' }).waitFor({ timeout: 5_000 });

    const threads = await secretariatApi.get<{ quote: string; kind: string; author: { name: string }; comments: { body: string }[] }[]>(
      `/api/statements/${statementId}/threads`,
    );
    expect(threads.body).toEqual([
      expect.objectContaining({
        kind: 'comment',
        quote: 'World Summit',
        author: expect.objectContaining({ name: CONTACT_NAME }),
        comments: [expect.objectContaining({ body: 'Should we name the WSIS+20 review here?' })],
      }),
    ]);
    // Commenting did not touch the text.
    expect(await editorText(contactPage)).toBe(`${DRAFTED} Later words from the secretariat.`);
  });
});
