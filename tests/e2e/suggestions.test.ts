import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agreeToPurpose, createContact, createOrganisation, createStatement, PASSWORD, signInAsSecretariat, type Contact } from '../support/coalition.ts';
import { connectCollab, waitForSync } from '../support/collabClient.ts';
import { startAccord, type AccordProcess } from '../support/startAccord.ts';
import { anchorsAround } from '../support/textAnchors.ts';
import { launchChromium } from './support/launchChromium.ts';
import { selectWords } from './support/selectWords.ts';
import { signIn } from './support/signIn.ts';
import { editorText } from './support/editorText.ts';

const DECISIONS = (
  JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../shared/i18n/locales/en/comments.json'), 'utf8')) as {
    decisions: { accepted: string; rejected: string };
  }
).decisions;

/** The toast region's polite live region (what a screen reader says) holds `words`. */
async function announced(page: Page, words: string): Promise<void> {
  const live = page.locator('.toasts [role="status"][aria-live="polite"]');
  await live.getByTestId('toast').filter({ hasText: words }).waitFor({ timeout: 5_000 });
  expect(await live.innerText()).toContain(words);
}

describe('suggestions in the browser', () => {
  let server: AccordProcess;
  let browser: Browser;
  let drafter: Contact;
  let member: Contact;
  let statementId: string;
  let drafterPage: Page;
  let memberPage: Page;

  beforeAll(async () => {
    server = await startAccord();
    const secretariat = await signInAsSecretariat(server);
    const drafterOrg = await createOrganisation(secretariat, { name: 'Registro Ejemplo' });
    const memberOrg = await createOrganisation(secretariat, { name: 'Nordic Names' });
    drafter = await createContact(server, secretariat, { orgId: drafterOrg, name: 'Bea Drafter' });
    member = await createContact(server, secretariat, { orgId: memberOrg, name: 'Mo Member' });
    await agreeToPurpose(member, memberOrg);
    statementId = (await createStatement(secretariat, 'Joint statement on DNS abuse')).id;
    const added = await secretariat.post(`/api/statements/${statementId}/drafters`, { userId: drafter.userId });
    expect(added.status).toBe(204);

    browser = await launchChromium();
    drafterPage = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    memberPage = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
  });

  it('a member suggests wording; a drafter sees it live and accepts it; both texts change and the member sees who accepted', async () => {
    const sentence = 'Registries act against abuse within their remit.';
    await signIn(drafterPage, server.url, drafter.email, PASSWORD);
    await drafterPage.goto(`${server.url}/statements/${statementId}`);
    await drafterPage.locator('[data-testid="connection-status"][data-state="saved"]').waitFor();
    await drafterPage.locator('.ProseMirror').click();
    await drafterPage.keyboard.type(sentence);
    await drafterPage.locator('[data-testid="connection-status"][data-state="saved"]').waitFor();

    await signIn(memberPage, server.url, member.email, PASSWORD);
    await memberPage.goto(`${server.url}/statements/${statementId}`);
    await memberPage.locator('.ProseMirror', { hasText: sentence }).waitFor();
    expect(await memberPage.locator('.ProseMirror').getAttribute('aria-readonly')).toBe('true');

    // A reader's text is read-only (a caret, no changes): the words are selected with the mouse all the same.
    await selectWords(memberPage, 'act against abuse');
    const suggest = memberPage.getByRole('button', { name: 'Suggest wording' });
    await expect.poll(() => suggest.isEnabled(), { timeout: 5_000 }).toBe(true);
    await suggest.click();
    const wording = memberPage.getByLabel('New wording');
    await expect.poll(() => wording.inputValue(), { timeout: 5_000 }).toBe('act against abuse');
    await wording.fill('already act against phishing and malware');
    await memberPage.getByLabel('Why (optional)').fill('More precise.');
    await memberPage.getByRole('button', { name: 'Suggest', exact: true }).click();
    const memberThread = memberPage.locator('[data-testid="thread"]', { hasText: 'already act against phishing and malware' });
    await memberThread.waitFor({ timeout: 5_000 });

    // The drafter never reloads: the suggestion arrives over the collaboration socket.
    const drafterThread = drafterPage.locator('[data-testid="thread"]', { hasText: 'already act against phishing and malware' });
    await drafterThread.waitFor({ timeout: 5_000 });
    expect(await drafterThread.innerText()).toContain('Mo Member');
    await drafterPage.locator('.suggestion-new', { hasText: 'already act against phishing and malware' }).waitFor({ timeout: 5_000 });
    await drafterThread.getByRole('button', { name: 'Accept' }).click();
    // The decision is said: focus moved on from the button that is gone, the toast's live region tells what happened.
    await announced(drafterPage, DECISIONS.accepted);

    const accepted = 'Registries already act against phishing and malware within their remit.';
    for (const page of [drafterPage, memberPage]) {
      await expect.poll(() => editorText(page), { timeout: 10_000 }).toBe(accepted);
    }
    expect(await editorText(memberPage)).not.toContain('act against abuse');

    await memberPage.getByRole('button', { name: /^Resolved/ }).click();
    const outcome = memberPage.locator('[data-testid="thread"][data-status="accepted"] [data-testid="thread-outcome"]');
    await expect.poll(() => outcome.innerText(), { timeout: 5_000 }).toMatch(/^Accepted by Bea Drafter/);
  });

  it('a member comments with the keyboard and an @mention; the drafter sees it highlighted and resolves it', async () => {
    await selectWords(memberPage, 'within their remit');
    await memberPage.keyboard.press('Control+Alt+KeyM');
    const composer = memberPage.locator('.thread-composer');
    const body = composer.getByLabel('Comment', { exact: true });
    await body.waitFor({ timeout: 5_000 });
    await body.pressSequentially('Whose remit? @Bea');
    await memberPage.getByRole('option', { name: /Bea Drafter/ }).waitFor({ timeout: 5_000 });
    await memberPage.keyboard.press('Enter');
    await body.pressSequentially('can you check?');
    await composer.getByRole('button', { name: 'Comment', exact: true }).click();
    const memberThread = memberPage.locator('[data-testid="thread"]', { hasText: 'Whose remit?' });
    await memberThread.locator('.mention', { hasText: '@Bea Drafter' }).waitFor({ timeout: 5_000 });

    const drafterThread = drafterPage.locator('[data-testid="thread"]', { hasText: 'Whose remit?' });
    await drafterThread.locator('.mention', { hasText: '@Bea Drafter' }).waitFor({ timeout: 5_000 });
    await drafterPage.locator('.thread-highlight', { hasText: 'within their remit' }).waitFor({ timeout: 5_000 });
    await drafterThread.getByRole('button', { name: 'Resolve' }).click();

    await drafterPage.locator('.thread-highlight').waitFor({ state: 'detached', timeout: 5_000 });
    await memberPage.getByRole('button', { name: /^Resolved/ }).click();
    const outcome = memberPage.locator('[data-testid="thread"][data-status="resolved"] [data-testid="thread-outcome"]');
    await expect.poll(() => outcome.count(), { timeout: 5_000 }).toBe(1);
    expect(await outcome.innerText()).toMatch(/^Resolved by Bea Drafter/);
  });

  it('a drafter rejects a suggestion with a reason, and the rejection is said in the toast region', async () => {
    const reader = connectCollab(server.wsUrl, statementId, member.client.cookie);
    try {
      await waitForSync(reader);
      const suggested = await member.client.post(`/api/statements/${statementId}/threads`, {
        kind: 'suggestion',
        ...anchorsAround(reader.doc, 'phishing and malware'),
        replacement: 'phishing, malware and botnets',
      });
      expect(suggested.status).toBe(201);
    } finally {
      reader.destroy();
    }
    const drafterThread = drafterPage.locator('[data-testid="thread"]', { hasText: 'phishing, malware and botnets' });
    await drafterThread.waitFor({ timeout: 5_000 });
    await drafterThread.getByRole('button', { name: 'Reject', exact: true }).click();
    await drafterThread.getByLabel('Why reject it?').fill('Botnets are out of our remit.');
    await drafterThread.getByRole('button', { name: 'Reject suggestion' }).click();

    await announced(drafterPage, DECISIONS.rejected);
    expect(await editorText(drafterPage)).toContain('phishing and malware');
  });
});
