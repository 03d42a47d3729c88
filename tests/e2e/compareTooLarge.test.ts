import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../support/ApiClient.ts';
import { agreeToPurpose, createContact, createOrganisation, createStatement, PASSWORD, signInAsSecretariat, type Contact } from '../support/coalition.ts';
import { connectCollab, waitForSync, type CollabClient } from '../support/collabClient.ts';
import { startAccord, type AccordProcess } from '../support/startAccord.ts';
import { appendParagraph, writeParagraphs } from '../support/textAnchors.ts';
import { waitForStoredText } from '../support/waitForStoredText.ts';
import { launchChromium } from './support/launchChromium.ts';
import { signIn } from './support/signIn.ts';

const MAX_DIFF_CHARS = 40_000;
/** More new words than a word diff may find (2000), fewer characters than the cap. */
const MANY_WORDS = Array.from({ length: 2500 }, (_, index) => `word${index}`).join(' ');

describe('the compare screen, for texts too different or too large to compare word by word', () => {
  let server: AccordProcess;
  let secretariat: ApiClient;
  let member: Contact;
  let writer: CollabClient;
  let browser: Browser;
  let page: Page;
  let statementId: string;

  beforeAll(async () => {
    server = await startAccord({ env: { ACCORD_MAX_DIFF_CHARS: String(MAX_DIFF_CHARS) } });
    secretariat = await signInAsSecretariat(server);
    const orgId = await createOrganisation(secretariat);
    member = await createContact(server, secretariat, { orgId });
    await agreeToPurpose(member, orgId);
    statementId = (await createStatement(secretariat, 'A statement that grows')).id;
    writer = connectCollab(server.wsUrl, statementId, secretariat.cookie);
    await waitForSync(writer);
    writeParagraphs(writer.doc, ['We support an open Internet.', 'We ask for a seat at the table.']);
    await waitForStoredText(server.wsUrl, statementId, secretariat.cookie, 'a seat at the table');
    expect((await secretariat.post(`/api/statements/${statementId}/versions`, { name: 'Short' })).status).toBe(201);
    browser = await launchChromium();
    page = await (await browser.newContext()).newPage();
    await signIn(page, server.url, member.email, PASSWORD);
  });

  afterAll(async () => {
    writer?.destroy();
    await browser?.close();
    await server?.dispose();
  });

  it('shows whole paragraphs, and says so, when the word diff is over its budget', async () => {
    appendParagraph(writer.doc, MANY_WORDS);
    await waitForStoredText(server.wsUrl, statementId, secretariat.cookie, 'word2499');
    await page.goto(`${server.url}/statements/${statementId}/versions?from=1&to=live`);
    await page.getByTestId('diff-level').waitFor();
    expect(await page.getByTestId('diff-level').innerText()).toMatch(/too much to compare word by word, so whole paragraphs are shown/);
    await page.locator('ins.diff-added', { hasText: 'word2499' }).waitFor();
    expect(await page.locator('del.diff-removed').count()).toBe(0);
  });

  it('explains in words when the texts are too large to compare at all', async () => {
    appendParagraph(writer.doc, `${MANY_WORDS} ${MANY_WORDS} ${MANY_WORDS}`);
    await waitForStoredText(server.wsUrl, statementId, secretariat.cookie, 'word2499 word0');
    await page.goto(`${server.url}/statements/${statementId}/versions?from=1&to=live`);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toMatch(/too large or too different to compare here/);
    expect(await page.getByTestId('diff-summary').count()).toBe(0);
  });
});
