import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { TEXT_FRAGMENT } from '../../shared/collab/protocol.ts';
import type { ApiClient } from '../support/ApiClient.ts';
import { agreeToPurpose, createContact, createOrganisation, createStatement, PASSWORD, signInAsSecretariat, type Contact } from '../support/coalition.ts';
import { connectCollab, waitForSync } from '../support/collabClient.ts';
import { ADMIN, startAccord, type AccordProcess } from '../support/startAccord.ts';
import { anchorsAround } from '../support/textAnchors.ts';
import { waitFor } from '../support/waitFor.ts';
import { launchChromium } from './support/launchChromium.ts';
import { signIn } from './support/signIn.ts';

// Every payload sets the same flag: if any of it runs anywhere, window.__pwned is 1.
const IMG = '<img src=x onerror="window.__pwned=1">';
const SCRIPT = '<script>window.__pwned=1</script>';
const PASTED = '<b onmouseover="window.__pwned=1">x</b><script>window.__pwned=1</script>';
const TITLE = `Joint ${IMG} ${SCRIPT} statement`;
const ORGANISATION = `Evil ${IMG} ${SCRIPT} Registry`;
const SIGNER = `Mallory ${IMG}`;
const COMMENT = `Please read ${IMG} ${SCRIPT}`;
const BOLD = 'bold words';
const LINK = 'click me';

interface Findings {
  pwned: unknown;
  imgOnerror: number;
  javascriptUrls: number;
  contentScripts: number;
  inlineHandlers: string[];
}

/** Everything in the page that would mean hostile content turned into markup or ran. */
const inspect = (page: Page): Promise<Findings> =>
  page.evaluate(() => ({
    pwned: (window as unknown as { __pwned?: unknown }).__pwned,
    imgOnerror: document.querySelectorAll('img[onerror]').length,
    javascriptUrls: document.querySelectorAll('a[href^="javascript:" i], [src^="javascript:" i], [action^="javascript:" i], [formaction^="javascript:" i]')
      .length,
    contentScripts: [...document.scripts].filter(
      (script) => script.textContent?.includes('__pwned') || !script.src || new URL(script.src).origin !== location.origin,
    ).length,
    inlineHandlers: [...document.querySelectorAll('*')].flatMap((element) =>
      [...element.attributes].filter((attribute) => attribute.name.toLowerCase().startsWith('on')).map((attribute) => `${element.tagName}[${attribute.name}]`),
    ),
  }));

const CLEAN: Findings = { pwned: undefined, imgOnerror: 0, javascriptUrls: 0, contentScripts: 0, inlineHandlers: [] };

describe('hostile content never runs, on the public site or in the app', () => {
  let server: AccordProcess;
  let secretariatApi: ApiClient;
  let signatory: Contact;
  let browser: Browser;
  let statementId: string;
  let slug: string;
  const dialogs: string[] = [];
  const pageErrors: string[] = [];
  const consoleErrors: string[] = [];

  /** A page that reports every dialog, uncaught error and console error it sees. */
  async function watchedPage(context: BrowserContext): Promise<Page> {
    const page = await context.newPage();
    page.on('dialog', (dialog) => {
      dialogs.push(`${page.url()}: ${dialog.message()}`);
      void dialog.dismiss();
    });
    page.on('pageerror', (error) => pageErrors.push(`${page.url()}: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(`${page.url()}: ${message.text()}`);
    });
    return page;
  }

  /**
   * Hovers and clicks whatever hostile content could hide behind: the bold words, the link, the
   * pasted HTML, the names. Names kept for screen readers only (presence, carets) are not pointed at.
   */
  async function poke(page: Page, within: string): Promise<void> {
    for (const words of [BOLD, LINK, '<b onmouseover', 'onerror', '__pwned']) {
      const target = page.locator(within).getByText(words, { exact: false });
      const count = await target.count();
      for (let index = 0; index < Math.min(count, 3); index += 1) {
        const element = target.nth(index);
        if (!(await element.isVisible())) continue;
        if (await element.evaluate((node) => node.closest('.presence, .visually-hidden, .collaboration-carets__caret') !== null)) continue;
        await element.hover();
        await element.click();
      }
    }
  }

  async function expectClean(page: Page): Promise<void> {
    expect({ url: page.url(), ...(await inspect(page)) }).toEqual({ url: page.url(), ...CLEAN });
  }

  beforeAll(async () => {
    server = await startAccord();
    secretariatApi = await signInAsSecretariat(server);
    const orgId = await createOrganisation(secretariatApi, { name: ORGANISATION });
    signatory = await createContact(server, secretariatApi, { orgId, role: 'signatory', name: SIGNER });
    await agreeToPurpose(signatory, orgId);
    ({ id: statementId, slug } = await createStatement(secretariatApi, TITLE));

    // The text, as a hostile client could write it straight into the shared document.
    const writer = connectCollab(server.wsUrl, statementId, secretariatApi.cookie);
    await waitForSync(writer);
    writer.doc.transact(() => {
      const fragment = writer.doc.getXmlFragment(TEXT_FRAGMENT);
      fragment.delete(0, fragment.length);
      const pasted = new Y.XmlElement('paragraph');
      pasted.insert(0, [new Y.XmlText(`Pasted: ${PASTED}`)]);
      const marked = new Y.XmlElement('paragraph');
      const text = new Y.XmlText();
      marked.insert(0, [text]);
      // Integrated first, so the runs below count their lengths in the document.
      fragment.insert(0, [pasted, marked]);
      text.insert(0, 'We mean ');
      text.insert(text.length, BOLD, { bold: {} } as unknown as Record<string, string>);
      // An empty attribute set ends the formatting before it.
      text.insert(text.length, ' and ', {});
      text.insert(text.length, LINK, { link: { href: 'javascript:window.__pwned=1' } } as unknown as Record<string, string>);
      text.insert(text.length, ' here.', {});
    });
    await waitFor(
      async () => {
        const witness = connectCollab(server.wsUrl, statementId, secretariatApi.cookie);
        try {
          await waitForSync(witness);
          return witness.text().includes(' here.');
        } finally {
          witness.destroy();
        }
      },
      { message: 'the hostile text stored' },
    );
    const thread = await signatory.client.post(`/api/statements/${statementId}/threads`, {
      kind: 'comment',
      ...anchorsAround(writer.doc, BOLD),
      body: COMMENT,
    });
    expect(thread.status).toBe(201);
    writer.destroy();

    // The comment thread stays open: carried over (the freeze asks otherwise).
    const { hash } = (await secretariatApi.post<{ hash: string }>(`/api/statements/${statementId}/freeze`, { carryOver: true })).body;
    expect((await signatory.client.post(`/api/statements/${statementId}/signatures`, { hash })).status).toBe(201);
    expect((await secretariatApi.post(`/api/statements/${statementId}/publish`, {})).status).toBe(200);

    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
  });

  it('the public page, the index and the HTML export show the hostile text as text, and nothing runs', async () => {
    const page = await watchedPage(await browser.newContext());
    const response = await page.goto(`${server.url}/p/${slug}`);
    expect(response?.status()).toBe(200);
    const csp = (await response!.allHeaders())['content-security-policy']!;
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toContain('script-src');
    expect(await page.locator('h1').innerText()).toBe(TITLE);
    expect(await page.locator('.signatories').innerText()).toContain(ORGANISATION);
    expect(await page.locator('article').innerText()).toContain(PASTED);
    await poke(page, 'article');
    await expectClean(page);

    await page.goto(`${server.url}/p/`);
    expect(await page.locator('.index').innerText()).toContain(TITLE);
    // Only pointed at: clicking the title opens the statement's page, checked above.
    await page.locator('.index a', { hasText: 'onerror' }).hover();
    await expectClean(page);

    const exported = await page.goto(`${server.url}/p/${slug}.html`);
    expect((await exported!.allHeaders())['content-security-policy']).toContain("default-src 'none'");
    expect(await page.locator('h1').innerText()).toBe(TITLE);
    await poke(page, 'main');
    await expectClean(page);
  });

  it('the app shows the same content as text to a signed-in contact and to the secretariat, and nothing runs', async () => {
    const contact = await watchedPage(await browser.newContext({ viewport: { width: 1280, height: 900 } }));
    await signIn(contact, server.url, signatory.email, PASSWORD);
    await contact.locator('.statement-card', { hasText: TITLE }).waitFor();
    await contact.locator('.statement-card__title').hover();
    await expectClean(contact);

    await contact.goto(`${server.url}/statements/${statementId}`);
    await contact.locator('.ProseMirror', { hasText: LINK }).waitFor();
    await contact.locator('[data-testid="thread"]', { hasText: 'Please read' }).waitFor();
    expect(await contact.locator('.ProseMirror').innerText()).toContain(PASTED);
    expect(await contact.locator('[data-testid="thread"]').first().innerText()).toContain(COMMENT);
    // The signatories arrive after the panel itself: wait for them before reading it.
    await contact.getByTestId('sign-on-panel').filter({ hasText: ORGANISATION }).waitFor();
    await poke(contact, '.ProseMirror');
    await poke(contact, '.statement-side');
    await expectClean(contact);

    await contact.goto(`${server.url}/statements/${statementId}/sign`);
    await contact.getByTestId('final-text').waitFor();
    expect(await contact.getByTestId('final-text-body').innerText()).toContain(PASTED);
    expect(await contact.getByTestId('our-signature').innerText()).toContain(ORGANISATION);
    await poke(contact, 'main');
    await expectClean(contact);

    const secretariat = await watchedPage(await browser.newContext({ viewport: { width: 1280, height: 900 } }));
    await signIn(secretariat, server.url, ADMIN.email, ADMIN.password);
    await secretariat.goto(`${server.url}/statements/${statementId}`);
    await secretariat.locator('.ProseMirror', { hasText: LINK }).waitFor();
    const row = secretariat.locator('[data-testid="tally-row"]', { hasText: 'Evil' });
    await row.waitFor();
    expect(await row.innerText()).toContain(SIGNER);
    await poke(secretariat, '.ProseMirror');
    await poke(secretariat, '.statement-side');
    await expectClean(secretariat);
  });

  it('nothing opened a dialog or threw, on any page', () => {
    expect(dialogs).toEqual([]);
    expect(pageErrors).toEqual([]);
    // A script stopped only by the Content-Security-Policy would leave a violation here.
    expect(consoleErrors.filter((message) => /Content Security Policy|__pwned/i.test(message))).toEqual([]);
  });
});
