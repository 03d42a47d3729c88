import { readFileSync } from 'node:fs';
import path from 'node:path';
import { yXmlFragmentToProsemirrorJSON } from '@tiptap/y-tiptap';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEXT_FRAGMENT } from '../../shared/collab/protocol.ts';
import { agreeToPurpose, createContact, createOrganisation, createStatement, PASSWORD, signInAsSecretariat, type Contact } from '../support/coalition.ts';
import { connectCollab, waitForSync } from '../support/collabClient.ts';
import { outlineOfJson, type JsonNode } from '../support/documentOutline.ts';
import { startAccord, type AccordProcess } from '../support/startAccord.ts';
import { waitFor } from '../support/waitFor.ts';
import { launchChromium } from './support/launchChromium.ts';
import { signIn } from './support/signIn.ts';

const FIXTURES = path.resolve(import.meta.dirname, '../word/fixtures');
const fixture = (name: string) => readFileSync(path.join(FIXTURES, name), 'utf8');

/** Pastes `html` into the editor as the browser does when the clipboard holds it (ProseMirror reads the event's data). */
async function paste(page: Page, html: string): Promise<void> {
  await page.evaluate((markup) => {
    const data = new DataTransfer();
    data.setData('text/html', markup);
    data.setData('text/plain', new DOMParser().parseFromString(markup, 'text/html').body.textContent ?? '');
    const editor = document.querySelector('.ProseMirror')!;
    editor.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, html);
}

describe('pasting from Word and Google Docs', () => {
  let server: AccordProcess;
  let browser: Browser;
  let drafter: Contact;

  beforeAll(async () => {
    server = await startAccord();
    const secretariat = await signInAsSecretariat(server);
    const orgId = await createOrganisation(secretariat, { name: 'Registro Ejemplo' });
    drafter = await createContact(server, secretariat, { orgId, name: 'Bea Drafter' });
    await agreeToPurpose(drafter, orgId);
    browser = await launchChromium();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
  });

  /** Opens a new statement in the drafter's browser, pastes `html` into its empty text, and returns the stored outline once it has `blocks` blocks. */
  async function pasteIntoNewStatement(title: string, html: string, blocks: number): Promise<string[]> {
    const secretariat = await signInAsSecretariat(server);
    const { id } = await createStatement(secretariat, title);
    expect((await secretariat.post(`/api/statements/${id}/drafters`, { userId: drafter.userId })).status).toBe(204);
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
    const reader = connectCollab(server.wsUrl, id, drafter.client.cookie);
    try {
      await signIn(page, server.url, drafter.email, PASSWORD);
      await page.goto(`${server.url}/statements/${id}`);
      await page.locator('[data-testid="connection-status"][data-state="saved"]').waitFor();
      await page.locator('.ProseMirror').focus();
      await paste(page, html);
      await waitForSync(reader);
      const outline = () =>
        outlineOfJson(yXmlFragmentToProsemirrorJSON(reader.doc.getXmlFragment(TEXT_FRAGMENT)) as JsonNode).filter((line) => line.trim() !== 'p');
      // Stored, as another client sees it: the pasted blocks arrive together once the paste is saved.
      await waitFor(() => outline().length >= blocks, { message: 'the pasted text stored', intervalMs: 100 });
      await page.locator('[data-testid="connection-status"][data-state="saved"]').waitFor();
      return outline();
    } finally {
      reader.destroy();
      await page.context().close();
    }
  }

  it("keeps Word's headings, nested bulleted and numbered lists, bold, italic and links, and drops its markers and styling", async () => {
    const outline = await pasteIntoNewStatement('Pasted from Word', fixture('word-clipboard.html'), 8);
    expect(outline).toEqual([
      'h1 Joint statement on the WSIS review',
      'p The coalition **welcomes** the review and _strongly_ supports the [WSIS process](https://www.itu.int/net/wsis/).',
      'h2 Our asks',
      'ul1 An open process',
      'ul2 with every stakeholder',
      'ul1 Bottom-up decisions',
      'ol1 First step',
      'ol1 Second step',
    ]);
  }, 90_000);

  it("keeps Google Docs' heading, nested list, bold, italic and link, without making everything bold", async () => {
    const outline = await pasteIntoNewStatement('Pasted from Google Docs', fixture('gdocs-clipboard.html'), 5);
    expect(outline).toEqual([
      "h2 Registries' position",
      'p We **support** the _multistakeholder_ model, see [ICANN](https://www.icann.org/).',
      'ul1 Stability',
      'ul2 of the root zone',
      'ul1 Security',
    ]);
  }, 90_000);
});
