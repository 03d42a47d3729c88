import { randomBytes } from 'node:crypto';
import { DOMParser, type Element } from '@xmldom/xmldom';
import { strFromU8, unzipSync, zipSync } from 'fflate';
import type { Browser, CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StatementView } from '../../shared/api/types.ts';
import type { ApiClient } from '../support/ApiClient.ts';
import { signInAsSecretariat } from '../support/coalition.ts';
import { ADMIN, type AccordProcess, startAccord } from '../support/startAccord.ts';
import { waitForStoredText } from '../support/waitForStoredText.ts';
import { ANA, buildDraftDocx, DANA } from '../word/buildFixture.ts';
import { launchChromium } from './support/launchChromium.ts';
import { signIn } from './support/signIn.ts';

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The draft with 600 kB of media the importer never unpacks: big enough for an upload to take seconds on a slow line. */
async function paddedDraft(): Promise<Uint8Array> {
  const files = unzipSync(await buildDraftDocx());
  return zipSync({ ...files, 'word/media/scan.bin': [new Uint8Array(randomBytes(600 * 1024)), { level: 0 }] });
}

/** The words of every w:ins and w:del of a .docx's body. */
function revisionsOf(docx: Uint8Array): { kind: 'ins' | 'del'; text: string }[] {
  const xml = new DOMParser().parseFromString(strFromU8(unzipSync(docx)['word/document.xml']!), 'application/xml');
  const revisions = (tag: 'w:ins' | 'w:del') =>
    Array.from(xml.getElementsByTagName(tag) as unknown as ArrayLike<Element>).map((revision) => ({
      kind: tag === 'w:ins' ? ('ins' as const) : ('del' as const),
      text: Array.from(revision.getElementsByTagName(tag === 'w:ins' ? 'w:t' : 'w:delText') as unknown as ArrayLike<Element>)
        .map((words) => words.textContent ?? '')
        .join(''),
    }));
  return [...revisions('w:del'), ...revisions('w:ins')];
}

/**
 * Issue 15's browser journey: a drafter starts a statement from a Word file by the UI, sees the import
 * report, finds the tracked changes and comments in the side panel under their Word authors, accepts one,
 * and sends on a redline with that change as a Word revision. The upload shows its progress, and a
 * cancelled import leaves nothing behind.
 */
describe('starting a statement from a Word file in the browser', () => {
  let server: AccordProcess;
  let secretariat: ApiClient;
  let browser: Browser;
  let page: Page;
  let network: CDPSession;
  let statementId: string;

  const importer = () => page.locator('.word-import');
  const status = () => importer().getByTestId('transfer-progress').getByRole('status');
  const chooseFile = (name: string, bytes: Uint8Array) =>
    page.getByLabel('Start from a Word file').setInputFiles({ name, mimeType: DOCX_TYPE, buffer: Buffer.from(bytes) });
  const statementTitles = async () => (await secretariat.get<StatementView[]>('/api/statements')).body.map((statement) => statement.title);

  beforeAll(async () => {
    server = await startAccord();
    secretariat = await signInAsSecretariat(server);
    browser = await launchChromium();
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB', acceptDownloads: true });
    page = await context.newPage();
    network = await context.newCDPSession(page);
    await network.send('Network.enable');
    await signIn(page, server.url, ADMIN.email, ADMIN.password);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
  });

  it('shows the upload’s progress, and a cancelled import creates nothing', async () => {
    const padded = await paddedDraft();
    await page.goto(`${server.url}/statements`);
    // A slow line: the file takes about six seconds to send.
    await network.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: 100 * 1024 });
    await chooseFile('Slow draft.docx', padded);

    const bar = importer().getByRole('progressbar', { name: 'Sending the Word file…' });
    await bar.waitFor();
    const sent = () => bar.evaluate((element) => (element as HTMLProgressElement).value);
    await expect.poll(sent, { timeout: 10_000 }).toBeGreaterThan(0);
    const first = await sent();
    expect(first).toBeLessThan(padded.length);
    expect(await bar.evaluate((element) => (element as HTMLProgressElement).max)).toBe(padded.length);
    await expect.poll(sent, { timeout: 10_000 }).toBeGreaterThan(first);
    // All sent: the server reads it, and the report comes.
    await importer().getByRole('region', { name: 'What the import brings in' }).waitFor({ timeout: 20_000 });

    const before = await statementTitles();
    await importer().getByRole('button', { name: 'Import', exact: true }).click();
    await expect.poll(sent, { timeout: 10_000 }).toBeGreaterThan(0);
    await importer().getByRole('button', { name: 'Cancel sending the Word file' }).click();
    await status().filter({ hasText: 'Sending of the Word file cancelled.' }).waitFor();
    expect(await bar.count()).toBe(0);
    // The report stays, to try again; the server never had the whole file, so no statement was made.
    await importer().getByRole('button', { name: 'Import', exact: true }).waitFor();
    expect(await statementTitles()).toEqual(before);
    expect(await statementTitles()).not.toContain('Slow draft');
    await importer().getByRole('button', { name: 'Cancel', exact: true }).click();
    await network.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
  });

  it('says in the server’s words why a file is refused', async () => {
    await chooseFile('Not really Word.docx', new TextEncoder().encode('A plain text file with a .docx name.'));
    const refusal = importer().getByRole('alert');
    await refusal.waitFor();
    expect(await refusal.innerText()).toBe('This is not a Word document Accord can read: it is not a zip file');
  });

  it('keeps the keyboard on the import while its controls come and go', async () => {
    const focused = () =>
      page.evaluate(() => {
        const element = document.activeElement;
        if (element === null || element === document.body) return 'body';
        return element.getAttribute('aria-label') ?? (element instanceof HTMLInputElement ? `input ${element.type}` : element.textContent);
      });
    // The chooser, reached by keyboard, is disabled while the file travels; the report then takes the keyboard.
    await page.getByLabel('Start from a Word file').focus();
    await chooseFile('Access for all.docx', await buildDraftDocx());
    await importer().getByRole('region', { name: 'What the import brings in' }).waitFor();
    await expect.poll(focused, { timeout: 5_000 }).toBe('What the import brings in');
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('Import');
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('Cancel');
    // Cancel takes the report, and itself, away: the keyboard goes back to the chooser.
    await page.keyboard.press('Enter');
    await expect.poll(() => importer().getByRole('region').count()).toBe(0);
    await expect.poll(focused, { timeout: 5_000 }).toBe('input file');
  });

  it('previews what comes in and what is left out, then imports and opens the statement', async () => {
    await chooseFile('Access for all.docx', await buildDraftDocx());
    const report = importer().getByRole('region', { name: 'What the import brings in' });
    await report.waitFor();
    const text = await report.innerText();
    expect(text).toContain('Access for all.docx: 3 tracked changes become suggestions and 1 comment becomes a thread.');
    expect(text).toContain('These cannot be brought into Accord and will be left out:');
    expect(text).toContain('image (body): 1');
    expect(text).toContain('table (body): 1');

    await report.getByRole('button', { name: 'Import', exact: true }).click();
    await page.waitForURL(/\/statements\/[^/]+$/);
    statementId = new URL(page.url()).pathname.split('/').at(-1)!;
    expect(await statementTitles()).toContain('Access for all');
    // The editor shows the suggestions inline; the stored text is Word's text before its tracked changes.
    await page.locator('.ProseMirror', { hasText: 'Access for all' }).waitFor();
    await waitForStoredText(server.wsUrl, statementId, secretariat.cookie, 'We ask governments to act slowly and never to listen.');
  });

  it('shows the suggestions under their Word authors and the comment with its reply', async () => {
    const replacement = page.locator('[data-testid="thread"]', { hasText: 'act now' });
    await replacement.waitFor();
    expect(await replacement.innerText()).toContain(`Word: ${ANA.author}`);
    for (const author of ['Ben Okafor', 'Carla Rossi']) await page.locator('[data-testid="thread"]', { hasText: `Word: ${author}` }).waitFor();
    const comment = page.locator('[data-testid="thread"]', { hasText: 'Is neutral the right word here?' });
    await comment.waitFor();
    const words = await comment.innerText();
    expect(words).toContain(`Word: ${DANA.author}`);
    expect(words).toContain('Yes: it is the term the coalition agreed.');
  });

  it('keeps a version, accepts a suggestion, and downloads a redline with that change as Word revisions', async () => {
    await page.goto(`${server.url}/statements/${statementId}/versions`);
    await page.getByLabel('Name', { exact: true }).fill('As imported');
    await page.getByRole('button', { name: 'Name this version' }).click();
    await page.getByRole('status').filter({ hasText: 'Named version' }).waitFor();

    await page.goto(`${server.url}/statements/${statementId}`);
    const replacement = page.locator('[data-testid="thread"]', { hasText: 'act now' });
    await replacement.getByRole('button', { name: 'Accept' }).click();
    await waitForStoredText(server.wsUrl, statementId, secretariat.cookie, 'We ask governments to act now and never to listen.');

    await page.goto(`${server.url}/statements/${statementId}/versions`);
    await page.getByRole('button', { name: 'Compare version 1 with the current text' }).click();
    const saved = page.waitForEvent('download');
    await page.getByTestId('redline-link').click();
    const download = await saved;
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    const revisions = revisionsOf(new Uint8Array(Buffer.concat(chunks)));
    expect(revisions).toEqual([
      { kind: 'del', text: 'slowly' },
      { kind: 'ins', text: 'now' },
    ]);
  });
});
