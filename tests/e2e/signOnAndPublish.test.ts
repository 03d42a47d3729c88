import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StatementView } from '../../shared/api/types.ts';
import type { ApiClient } from '../support/ApiClient.ts';
import { agreeToPurpose, createContact, createOrganisation, createStatement, PASSWORD, signInAsSecretariat, type Contact } from '../support/coalition.ts';
import { connectCollab, waitForSync } from '../support/collabClient.ts';
import { ADMIN, startAccord, type AccordProcess } from '../support/startAccord.ts';
import * as Y from 'yjs';
import { TEXT_FRAGMENT } from '../../shared/collab/protocol.ts';
import { anchorsAround, writeParagraphs } from '../support/textAnchors.ts';
import { waitFor } from '../support/waitFor.ts';
import { launchChromium } from './support/launchChromium.ts';
import { signIn } from './support/signIn.ts';

const TITLE = 'Joint statement on the WSIS+20 review';
const ORGANISATION = 'Registro Ejemplo';
const HEADING = 'Our requests';
const SUGGESTED = 'top-down';
const PARAGRAPHS = ['The coalition welcomes the review of the World Summit on the Information Society.', 'We ask for an open, bottom-up process.'];

describe('the secretariat freezes a statement, a signatory signs it, the secretariat publishes it', () => {
  let server: AccordProcess;
  let secretariatApi: ApiClient;
  let signatory: Contact;
  let browser: Browser;
  let secretariatPage: Page;
  let signatoryPage: Page;
  let statementId: string;
  let slug: string;

  const statement = async () => (await secretariatApi.get<StatementView>(`/api/statements/${statementId}`)).body;

  beforeAll(async () => {
    server = await startAccord();
    secretariatApi = await signInAsSecretariat(server);
    const orgId = await createOrganisation(secretariatApi, { name: ORGANISATION });
    // Another member that does not sign: the tally lists it as undecided.
    await createOrganisation(secretariatApi, { name: 'Nordic Names' });
    signatory = await createContact(server, secretariatApi, { orgId, role: 'signatory', name: 'Sol Signataria' });
    await agreeToPurpose(signatory, orgId);
    ({ id: statementId, slug } = await createStatement(secretariatApi, TITLE));
    const writer = connectCollab(server.wsUrl, statementId, secretariatApi.cookie);
    await waitForSync(writer);
    writeParagraphs(writer.doc, PARAGRAPHS);
    // A heading after the paragraphs: the sign page must show it as a heading, not a paragraph (L6).
    writer.doc.transact(() => {
      const heading = new Y.XmlElement('heading');
      heading.setAttribute('level', 3 as unknown as string);
      heading.insert(0, [new Y.XmlText(HEADING)]);
      const fragment = writer.doc.getXmlFragment(TEXT_FRAGMENT);
      fragment.insert(fragment.length, [heading]);
    });
    await waitFor(
      async () => {
        const witness = connectCollab(server.wsUrl, statementId, secretariatApi.cookie);
        try {
          await waitForSync(witness);
          return witness.text().includes(HEADING);
        } finally {
          witness.destroy();
        }
      },
      { message: 'the text stored' },
    );
    // An undecided suggestion: the freeze asks about it, and the frozen text never shows it.
    const suggestion = await secretariatApi.post(`/api/statements/${statementId}/threads`, {
      kind: 'suggestion',
      ...anchorsAround(writer.doc, 'bottom-up'),
      replacement: SUGGESTED,
    });
    expect(suggestion.status).toBe(201);
    writer.destroy();

    browser = await launchChromium();
    secretariatPage = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    signatoryPage = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
  });

  it('the secretariat freezes the final text through the statement page; the editor turns read-only', async () => {
    await signIn(secretariatPage, server.url, ADMIN.email, ADMIN.password);
    await secretariatPage.goto(`${server.url}/statements/${statementId}`);
    // While drafting, the live editor shows the open suggestion as a tracked change.
    await secretariatPage.locator('.ProseMirror', { hasText: `bottom-up${SUGGESTED}` }).waitFor();
    const panel = secretariatPage.getByTestId('sign-on-panel');
    expect(await panel.innerText()).toContain('Sign-on starts when the final text is frozen');

    // The second freeze request (the carry-over) is held until the test has seen the button while it runs.
    const freezeRequests: string[] = [];
    let releaseFreeze = () => {};
    const freezeHeld = new Promise<void>((resolve) => {
      releaseFreeze = resolve;
    });
    await secretariatPage.route(`**/api/statements/${statementId}/freeze`, async (route) => {
      freezeRequests.push(route.request().postData() ?? '');
      if (freezeRequests.length === 2) await freezeHeld;
      await route.continue();
    });

    await panel.getByRole('button', { name: 'Freeze the final text' }).click();
    await panel.getByRole('button', { name: 'Freeze', exact: true }).click();
    // One suggestion is still open: decide it first, or carry it over.
    const question = panel.locator('.confirm__question', { hasText: '1 suggestion is still open' });
    await question.waitFor({ timeout: 10_000 });
    expect(await panel.getByRole('button', { name: 'Decide first' }).isVisible()).toBe(true);
    // A double click freezes once: while the request runs the button says "Freezing…" and is disabled.
    await panel.getByRole('button', { name: 'Carry over and freeze' }).dblclick();
    const busy = panel.getByRole('button', { name: 'Freezing…' });
    await busy.waitFor({ timeout: 10_000 });
    expect(await busy.isDisabled()).toBe(true);
    expect(await panel.getByRole('button', { name: 'Decide first' }).isDisabled()).toBe(true);
    releaseFreeze();
    const notice = panel.getByRole('status').filter({ hasText: 'Frozen as version 1' });
    await notice.waitFor({ timeout: 10_000 });
    expect(freezeRequests.map((body) => JSON.parse(body))).toEqual([{ carryOver: false }, { carryOver: true }]);
    await secretariatPage.unrouteAll();
    const { finalVersion, stage } = await statement();
    expect(stage).toBe('sign-on');
    expect(await notice.innerText()).toContain(finalVersion!.hash);
    // Focus moved to the outcome: the button that was pressed is gone.
    expect(await notice.evaluate((element) => element === document.activeElement)).toBe(true);
    await expect.poll(() => secretariatPage.locator('.ProseMirror').getAttribute('contenteditable'), { timeout: 10_000 }).toBe('false');
    // The page shows the final version itself, not the live text with the suggestion as a tracked change.
    const frozen = secretariatPage.getByTestId('frozen-text');
    await frozen.getByRole('heading', { level: 3, name: HEADING }).waitFor({ timeout: 10_000 });
    expect(await frozen.innerText()).not.toContain(SUGGESTED);
    await panel.getByTestId('tally').locator('[data-testid="tally-row"]', { hasText: ORGANISATION }).waitFor();
    expect(await panel.getByTestId('tally').locator(`[data-testid="tally-row"][data-status="undecided"]`).count()).toBe(2);
  });

  it('the signatory reads the exact final text with its hash, ticks the box and signs for the organisation', async () => {
    const { finalVersion } = await statement();
    await signIn(signatoryPage, server.url, signatory.email, PASSWORD);
    await signatoryPage.goto(`${server.url}/statements/${statementId}`);
    await signatoryPage.getByRole('link', { name: `Sign for ${ORGANISATION}` }).click();
    await signatoryPage.waitForURL(`${server.url}/statements/${statementId}/sign`);

    const text = signatoryPage.getByTestId('final-text');
    await text.waitFor();
    expect(await text.getByRole('heading', { level: 2 }).innerText()).toBe(TITLE);
    expect(await text.getByTestId('final-version-number').innerText()).toBe(String(finalVersion!.number));
    expect(await text.getByTestId('final-hash').innerText()).toBe(finalVersion!.hash);
    // Through the editor schema (an empty trailing paragraph is the editor's own caret room, not text).
    expect((await text.getByTestId('final-text-body').locator('p').allInnerTexts()).filter((words) => words.trim() !== '')).toEqual(PARAGRAPHS);
    expect(await text.getByTestId('final-text-body').getByRole('heading', { level: 3 }).innerText()).toBe(HEADING);

    const sign = signatoryPage.getByRole('button', { name: `Sign for ${ORGANISATION}` });
    expect(await sign.isDisabled()).toBe(true);
    await signatoryPage.getByLabel(`I have read this text and sign it for ${ORGANISATION}`).check();
    await sign.click();
    const signed = signatoryPage.getByTestId('our-signature');
    await signed.waitFor({ timeout: 10_000 });
    expect(await signed.innerText()).toMatch(new RegExp(`^Signed for ${ORGANISATION} on `));
    expect(await signed.getByRole('button', { name: 'Withdraw our signature' }).isVisible()).toBe(true);
    // The withdrawal question says what the public page would show, then nothing is withdrawn.
    await signed.getByRole('button', { name: 'Withdraw our signature' }).click();
    expect(await signed.locator('.confirm__question').innerText()).toContain('under “Withdrawn signatures”');
    await signed.getByRole('button', { name: 'Cancel' }).click();

    // The statement list counts the signature while sign-on runs.
    await signatoryPage.goto(`${server.url}/`);
    const card = signatoryPage.locator('.statement-card', { hasText: TITLE });
    await card.getByTestId('signature-count').filter({ hasText: '1 signature' }).waitFor();
  });

  it('the secretariat sees the tally turn to signed and publishes through the page', async () => {
    await secretariatPage.bringToFront();
    const panel = secretariatPage.getByTestId('sign-on-panel');
    const row = panel.locator('[data-testid="tally-row"]', { hasText: ORGANISATION });
    // The tally refreshes on focus and every 15 seconds.
    await expect.poll(() => row.getAttribute('data-status'), { timeout: 20_000 }).toBe('signed');
    expect(await row.innerText()).toContain('Sol Signataria');

    await panel.getByRole('button', { name: 'Publish', exact: true }).click();
    const publishQuestion = await panel.locator('.confirm__question').innerText();
    expect(publishQuestion).toContain('the 1 organisation that signed it');
    expect(publishQuestion).toContain('1 organisation has not decided');
    expect(publishQuestion).toContain('closes sign-on early');
    await panel.getByRole('button', { name: 'Publish', exact: true }).click();
    const notice = panel.getByRole('status').filter({ hasText: 'Published at' });
    await notice.waitFor({ timeout: 10_000 });
    expect(await notice.getByRole('link').getAttribute('href')).toBe(`${server.url}/p/${slug}`);
    await panel.getByTestId('public-link').waitFor();
    expect((await statement()).stage).toBe('published');
    expect(await panel.getByRole('button', { name: 'Withdraw publication' }).isVisible()).toBe(true);
  });

  it('anyone, signed in or not, reads the published statement with its version, hash, text and signatory', async () => {
    const { finalVersion } = await statement();
    const anonymous = await (await browser.newContext()).newPage();
    const response = await anonymous.goto(`${server.url}/p/${slug}`);
    expect(response?.status()).toBe(200);
    expect(await anonymous.locator('h1').innerText()).toBe(TITLE);
    const page = await anonymous.locator('main').innerText();
    expect(page).toContain(`Version ${finalVersion!.number}`);
    expect(page).toContain(finalVersion!.hash);
    for (const paragraph of PARAGRAPHS) expect(page).toContain(paragraph);
    expect(await anonymous.locator('.signatories').innerText()).toContain(ORGANISATION);

    // Other contacts see the stage, the public link and who signed, on the statement page.
    await signatoryPage.goto(`${server.url}/statements/${statementId}`);
    const panel = signatoryPage.getByTestId('sign-on-panel');
    await panel.getByTestId('public-link').waitFor();
    expect(await panel.getByTestId('signatures').innerText()).toContain(ORGANISATION);
  });
});
