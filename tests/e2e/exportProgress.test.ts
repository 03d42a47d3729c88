import fs from 'node:fs/promises';
import type { Browser, CDPSession, Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../support/ApiClient.ts';
import { createStatement, signInAsSecretariat } from '../support/coalition.ts';
import { connectCollab, waitForSync } from '../support/collabClient.ts';
import { ADMIN, startAccord, type AccordProcess } from '../support/startAccord.ts';
import { writeParagraphs } from '../support/textAnchors.ts';
import { waitForStoredText } from '../support/waitForStoredText.ts';
import { launchChromium } from './support/launchChromium.ts';
import { signIn } from './support/signIn.ts';

const PARAGRAPHS = Array.from(
  { length: 80 },
  (_, index) => `Paragraph ${index + 1}: the coalition asks for an open, bottom-up and multistakeholder review, with every stakeholder heard.`,
);

/**
 * The statement page's exports download with a sign of life: "Preparing", a determinate bar, the file saved
 * under the server's name with the export's exact bytes; a download can be cancelled; a refusal is said in words.
 */
describe('export downloads with progress', () => {
  let server: AccordProcess;
  let secretariat: ApiClient;
  let browser: Browser;
  let page: Page;
  let network: CDPSession;
  let statementId: string;
  let slug: string;
  let pdf: Buffer;
  const downloads: Download[] = [];

  beforeAll(async () => {
    // Two fresh renders a minute: the third export a reader asks for is refused with 429.
    server = await startAccord({ env: { ACCORD_PUBLIC_REQUESTS_PER_MINUTE: '2' } });
    secretariat = await signInAsSecretariat(server);
    ({ id: statementId, slug } = await createStatement(secretariat, 'Joint statement with a long export'));
    const writer = connectCollab(server.wsUrl, statementId, secretariat.cookie);
    await waitForSync(writer);
    writeParagraphs(writer.doc, PARAGRAPHS);
    await waitForStoredText(server.wsUrl, statementId, secretariat.cookie, PARAGRAPHS.at(-1)!);
    writer.destroy();
    expect((await secretariat.post(`/api/statements/${statementId}/freeze`, { carryOver: true })).status).toBe(200);
    expect((await secretariat.post(`/api/statements/${statementId}/publish`, {})).status).toBe(200);

    // The export as the server sends it, with its size and name stated (this render is the first of the two).
    const answer = await fetch(`${server.url}/p/${slug}.pdf`, { headers: { 'accept-language': 'en-US,en;q=0.9' } });
    expect(answer.status).toBe(200);
    pdf = Buffer.from(await answer.arrayBuffer());
    expect(answer.headers.get('content-length')).toBe(String(pdf.length));
    expect(answer.headers.get('content-disposition')).toBe(`attachment; filename="${slug}.pdf"`);

    browser = await launchChromium();
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-US', acceptDownloads: true });
    page = await context.newPage();
    page.on('download', (download) => downloads.push(download));
    network = await context.newCDPSession(page);
    await network.send('Network.enable');
    await signIn(page, server.url, ADMIN.email, ADMIN.password);
    await page.goto(`${server.url}/statements/${statementId}`);
    await page.getByTestId('public-link').waitFor();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
  });

  const exports = () => page.getByTestId('public-link');
  const status = () => exports().getByTestId('transfer-progress').getByRole('status');

  it('says it is preparing, shows a determinate bar, and can be cancelled', async () => {
    // A slow line: the PDF takes about ten seconds to arrive, after a 1.5 s wait for its first byte.
    await network.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 1_500,
      downloadThroughput: Math.ceil(pdf.length / 10),
      uploadThroughput: -1,
    });
    await exports().getByRole('link', { name: 'PDF', exact: true }).click();
    await status().filter({ hasText: 'Preparing the PDF file…' }).waitFor();

    const bar = exports().getByRole('progressbar', { name: 'Downloading the PDF file…' });
    await bar.waitFor();
    await expect.poll(() => bar.evaluate((element) => (element as HTMLProgressElement).value), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(await bar.evaluate((element) => (element as HTMLProgressElement).max)).toBe(pdf.length);
    expect(await bar.evaluate((element) => (element as HTMLProgressElement).position)).toBeLessThan(1);

    await exports().getByRole('button', { name: 'Cancel the PDF download' }).click();
    await status().filter({ hasText: 'Download of the PDF file cancelled.' }).waitFor();
    expect(await bar.count()).toBe(0);
    expect(downloads).toHaveLength(0);
    // Focus goes back to the link the reader started from, not to the top of the page.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('PDF');
  });

  it('saves the file under the server’s name, byte for byte, and says so', async () => {
    await network.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
    const saved = page.waitForEvent('download');
    await exports().getByRole('link', { name: 'PDF', exact: true }).click();
    const download = await saved;
    expect(download.suggestedFilename()).toBe(`${slug}.pdf`);
    const bytes = await fs.readFile(await download.path());
    expect(bytes.equals(pdf)).toBe(true);
    await status()
      .filter({ hasText: `PDF file saved as ${slug}.pdf.` })
      .waitFor();
  });

  it('says in words why an export was refused, and what to do', async () => {
    // The Word file is the second fresh render of the minute (or already refused); Markdown is past the limit.
    for (const format of ['Word', 'Markdown']) {
      await exports().getByRole('link', { name: format, exact: true }).click();
      await exports()
        .locator('[data-testid="transfer-progress"][aria-busy="false"]')
        .filter({ hasText: /saved as|Too many/ })
        .waitFor();
    }
    const refusal = exports().getByRole('alert');
    expect(await refusal.innerText()).toMatch(/^Too many requests in a short time\. Wait \d+ seconds?, then try the (Word|Markdown) file again\.$/);
  });
});
