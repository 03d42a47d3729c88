import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StatementView } from '../../shared/api/types.ts';
import type { ApiClient } from '../support/ApiClient.ts';
import { agreeToPurpose, createContact, createOrganisation, createStatement, PASSWORD, signInAsSecretariat, type Contact } from '../support/coalition.ts';
import { connectCollab, waitForSync, type CollabClient } from '../support/collabClient.ts';
import { startAccord, type AccordProcess } from '../support/startAccord.ts';
import { appendParagraph, textNodes, writeParagraphs } from '../support/textAnchors.ts';
import { waitFor } from '../support/waitFor.ts';
import { waitForStoredText } from '../support/waitForStoredText.ts';
import { launchChromium } from './support/launchChromium.ts';
import { signIn } from './support/signIn.ts';
import { editorText } from './support/editorText.ts';

const ORGANISATION = 'Registro Ejemplo';
const PARAGRAPHS = ['The coalition welcomes the review of the World Summit on the Information Society.', 'We ask for an open, bottom-up process.'];
const OWN_EDIT = ' National registries stand ready to help.';
const UPSTREAM_WORD = 'warmly ';
const UPSTREAM_PARAGRAPH = 'Capacity building for small operators must be funded.';

/** How often `words` occur in `text`. */
const occurrences = (text: string, words: string) => text.split(words).length - 1;

describe('a member forks a statement, edits the fork, and pulls a later change of the coalition text into it', () => {
  let server: AccordProcess;
  let secretariatApi: ApiClient;
  let secretariatWriter: CollabClient;
  let member: Contact;
  let signatory: Contact;
  let browser: Browser;
  let page: Page;
  let statementId: string;
  let forkId: string;

  /** Resolves once a fresh client of `id` sees every one of `words` (so the server stored them). */
  const stored = (id: string, cookie: string | null, ...words: string[]) => waitForStoredText(server.wsUrl, id, cookie, ...words);

  beforeAll(async () => {
    server = await startAccord();
    secretariatApi = await signInAsSecretariat(server);
    const orgId = await createOrganisation(secretariatApi, { name: ORGANISATION });
    member = await createContact(server, secretariatApi, { orgId, name: 'Lucía Contacto' });
    await agreeToPurpose(member, orgId);
    signatory = await createContact(server, secretariatApi, { orgId, role: 'signatory', name: 'Ana Firmante' });
    statementId = (await createStatement(secretariatApi, 'Joint statement on the WSIS+20 review')).id;
    // The secretariat drafts the text, outside any browser.
    secretariatWriter = connectCollab(server.wsUrl, statementId, secretariatApi.cookie);
    await waitForSync(secretariatWriter);
    writeParagraphs(secretariatWriter.doc, PARAGRAPHS);
    await stored(statementId, secretariatApi.cookie, PARAGRAPHS[1]!);
    browser = await launchChromium();
    page = await (await browser.newContext()).newPage();
  });

  afterAll(async () => {
    secretariatWriter?.destroy();
    await browser?.close();
    await server?.dispose();
  });

  it('the member forks the statement for their organisation and edits the fork in the editor', async () => {
    await signIn(page, server.url, member.email, PASSWORD);
    await page.goto(`${server.url}/statements/${statementId}`);
    await page.locator('.ProseMirror', { hasText: PARAGRAPHS[1]! }).waitFor();

    // The statement page does not show its links yet: the lineage page offers the same Fork button.
    await page.goto(`${server.url}/statements/${statementId}/lineage`);
    await page.getByRole('heading', { level: 1, name: 'Lineage' }).waitFor();
    await page.getByRole('button', { name: `Fork for ${ORGANISATION}` }).click();
    await page.getByRole('button', { name: 'Fork', exact: true }).click();
    await page.waitForURL((url) => /^\/statements\/[0-9a-f-]+$/.test(url.pathname) && !url.pathname.endsWith(statementId));
    forkId = new URL(page.url()).pathname.split('/').at(-1)!;

    const fork = await member.client.get<StatementView>(`/api/statements/${forkId}`);
    expect(fork.body).toMatchObject({ forkOf: statementId, shared: false, ownerOrg: { name: ORGANISATION }, access: 'write' });

    await page.locator('[data-testid="connection-status"][data-state="saved"]').waitFor();
    await page.locator('.ProseMirror', { hasText: PARAGRAPHS[1]! }).waitFor();
    expect(await page.locator('.ProseMirror').getAttribute('contenteditable')).toBe('true');
    await page.locator('.ProseMirror p').nth(1).click();
    await page.keyboard.press('End');
    await page.keyboard.type(OWN_EDIT);
    await page.locator('.ProseMirror', { hasText: OWN_EDIT.trim() }).waitFor();
    await page.locator('[data-testid="connection-status"][data-state="saved"]').waitFor();
    await stored(forkId, member.client.cookie, OWN_EDIT.trim());
  });

  it('after the coalition text changes, the upstream page previews the change and pulls it in beside the edit', async () => {
    secretariatWriter.doc.transact(() => {
      const first = textNodes(secretariatWriter.doc)[0]!;
      first.insert(first.toString().indexOf('welcomes'), UPSTREAM_WORD);
    });
    appendParagraph(secretariatWriter.doc, UPSTREAM_PARAGRAPH);
    await stored(statementId, secretariatApi.cookie, UPSTREAM_WORD, UPSTREAM_PARAGRAPH);

    await page.goto(`${server.url}/statements/${forkId}/upstream`);
    await page.locator('[data-testid="upstream-state"][data-state="changed"]', { hasText: 'The coalition text changed since you last pulled' }).waitFor();
    const changes = page.locator('[data-testid="upstream-changes"]');
    await changes.locator('li', { hasText: 'Added' }).filter({ hasText: UPSTREAM_PARAGRAPH }).waitFor();
    await changes.locator('li', { hasText: 'Changed' }).locator('ins', { hasText: UPSTREAM_WORD.trim() }).waitFor();
    // The fork's own edit is not an upstream change.
    expect(await changes.innerText()).not.toContain(OWN_EDIT.trim());

    // One change on its own first: the changed sentence; the added paragraph waits.
    await changes.locator('li', { hasText: 'Changed' }).getByRole('button', { name: 'Pull this change' }).click();
    await changes.locator('li', { hasText: 'Changed' }).waitFor({ state: 'detached' });
    await changes.locator('li', { hasText: 'Added' }).filter({ hasText: UPSTREAM_PARAGRAPH }).waitFor();
    // Then the rest at once.
    await page.getByRole('button', { name: 'Pull all changes' }).click();
    await page.locator('[data-testid="upstream-state"][data-state="current"]', { hasText: 'Up to date' }).waitFor();

    await page.getByRole('link', { name: 'Open the fork' }).click();
    await page.waitForURL(`${server.url}/statements/${forkId}`);
    await page.locator('.ProseMirror', { hasText: UPSTREAM_PARAGRAPH }).waitFor();
    await page.locator('[data-testid="connection-status"][data-state="saved"]').waitFor();
    const text = await editorText(page);
    for (const words of [`The coalition ${UPSTREAM_WORD}welcomes`, UPSTREAM_PARAGRAPH, OWN_EDIT.trim(), PARAGRAPHS[1]!]) {
      expect(occurrences(text, words), words).toBe(1);
    }

    // The server's copy of the fork says the same, and the coalition text never received the fork's edit.
    const forkCopy = connectCollab(server.wsUrl, forkId, member.client.cookie);
    try {
      await waitForSync(forkCopy);
      expect(occurrences(forkCopy.text(), UPSTREAM_PARAGRAPH)).toBe(1);
      expect(occurrences(forkCopy.text(), OWN_EDIT.trim())).toBe(1);
    } finally {
      forkCopy.destroy();
    }
    expect(secretariatWriter.text()).not.toContain(OWN_EDIT.trim());
  });

  it("only a signatory publishes the fork, under the organisation's own name and address, never as the coalition", async () => {
    const label = `Published by ${ORGANISATION}; adapted from Joint statement on the WSIS+20 review; not a coalition statement`;
    // The contact who edits the fork is not offered the button: a signatory speaks for the organisation.
    await page.goto(`${server.url}/statements/${forkId}/upstream`);
    await page.getByText(`A signatory of ${ORGANISATION} publishes this fork in its name`).waitFor();
    expect(await page.getByRole('button', { name: `Publish as ${ORGANISATION}` }).count()).toBe(0);

    const signatoryPage = await (await browser.newContext()).newPage();
    try {
      await signIn(signatoryPage, server.url, signatory.email, PASSWORD);
      await signatoryPage.goto(`${server.url}/statements/${forkId}/upstream`);
      await signatoryPage.getByRole('button', { name: `Publish as ${ORGANISATION}` }).click();
      // The confirmation quotes what the public page will show, and links to its address.
      await signatoryPage.getByText(`“${label}”`).waitFor();
      const confirmationLink = signatoryPage.locator('a[href^="/p/orgs/registro-ejemplo/"]').first();
      const publicPath = (await confirmationLink.getAttribute('href'))!;
      await signatoryPage.getByRole('button', { name: 'Publish', exact: true }).click();
      await signatoryPage.getByText('Published:').waitFor();
      // Publishing ends managing the fork; the page still says where it is published, after a reload too.
      await signatoryPage.reload();
      await signatoryPage.getByText('Published:').waitFor();

      const publicPage = await browser.newPage();
      try {
        await publicPage.goto(new URL(publicPath, server.url).toString());
        await publicPage.getByText(label).waitFor();
        expect(await publicPage.locator('article.statement').innerText()).toContain(UPSTREAM_PARAGRAPH);
        await publicPage.goto(`${server.url}/p/`);
        expect(await publicPage.locator('main').innerText()).not.toContain(ORGANISATION);
      } finally {
        await publicPage.close();
      }
    } finally {
      await signatoryPage.close();
    }
  });
});
