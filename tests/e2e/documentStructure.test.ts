import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../support/ApiClient.ts';
import { signInAsSecretariat } from '../support/coalition.ts';
import { outlineOfHtml, outlineOfJson } from '../support/documentOutline.ts';
import { POSITION_PAPER, signedPositionPaper } from '../support/positionPaper.ts';
import { ADMIN, startAccord, type AccordProcess } from '../support/startAccord.ts';
import { launchChromium } from './support/launchChromium.ts';
import { signIn } from './support/signIn.ts';

const ARTEFACTS = path.resolve('test-results/exports');
const PDFJS = path.resolve('node_modules/pdfjs-dist/build');
const expected = outlineOfJson(POSITION_PAPER);

/** The rendered statement's HTML once its last words are on screen. */
async function renderedOutline(page: Page, container: string): Promise<string[]> {
  const document = page.locator(`${container} [data-testid="final-document"]`);
  await document.getByText('Fin de la déclaration.').waitFor({ timeout: 15_000 });
  return outlineOfHtml(`<div id="root">${await document.innerHTML()}</div>`, '#root', 0);
}

describe('the sign page, the frozen text and the public page render the document the exports hold', () => {
  let server: AccordProcess;
  let secretariat: ApiClient;
  let browser: Browser;
  let page: Page;
  let id: string;
  let slug: string;

  beforeAll(async () => {
    server = await startAccord();
    secretariat = await signInAsSecretariat(server);
    ({ id, slug } = await signedPositionPaper(server, secretariat));
    browser = await launchChromium();
    page = await (await browser.newContext({ viewport: { width: 1200, height: 1000 } })).newPage();
    await signIn(page, server.url, ADMIN.email, ADMIN.password);
    fs.mkdirSync(ARTEFACTS, { recursive: true });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
  });

  it('the sign page shows the final text with its headings, nested lists, quote, link and emphasis', async () => {
    await page.goto(`${server.url}/statements/${id}/sign`);
    expect(await renderedOutline(page, '[data-testid="final-text"]')).toEqual(expected);
    await page.screenshot({ path: path.join(ARTEFACTS, 'sign-page.png'), fullPage: true });
  });

  it('the frozen statement text shows the same structure', async () => {
    await page.goto(`${server.url}/statements/${id}`);
    expect(await renderedOutline(page, '[data-testid="frozen-text"]')).toEqual(expected);
  });

  it('the public page in the browser, and the PDF drawn page by page (kept as PNG under test-results/exports)', async () => {
    expect((await secretariat.post(`/api/statements/${id}/publish`, {})).status).toBe(200);
    const anonymous = await browser.newPage({ viewport: { width: 1000, height: 1200 } });
    await anonymous.goto(`${server.url}/p/${slug}`);
    expect(outlineOfHtml(await anonymous.content(), 'article.statement', 1)).toEqual(expected);
    await anonymous.screenshot({ path: path.join(ARTEFACTS, 'public-page.png'), fullPage: true });

    // The PDF drawn by pdf.js in Chromium (poppler's pdftoppm is not on this machine), one PNG per page.
    const pdf = Buffer.from(await (await fetch(`${server.url}/p/${slug}.pdf`)).arrayBuffer());
    await anonymous.route('http://render.test/**', async (route) => {
      const file = new URL(route.request().url()).pathname.slice(1);
      if (file === 'statement.pdf') return route.fulfill({ body: pdf, contentType: 'application/pdf' });
      if (file === 'index.html')
        return route.fulfill({
          contentType: 'text/html',
          body: `<!doctype html><body style="margin:0;background:#888"><script type="module">
import * as pdfjs from './pdf.mjs';
pdfjs.GlobalWorkerOptions.workerSrc = './pdf.worker.mjs';
const pdf = await pdfjs.getDocument('./statement.pdf').promise;
for (let number = 1; number <= pdf.numPages; number++) {
  const page = await pdf.getPage(number);
  const viewport = page.getViewport({ scale: 1.5 });
  const canvas = document.createElement('canvas');
  canvas.width = viewport.width;
  canvas.height = viewport.height;
  canvas.id = 'page-' + number;
  canvas.style.display = 'block';
  document.body.append(canvas);
  await page.render({ canvas, canvasContext: canvas.getContext('2d'), viewport }).promise;
}
document.body.dataset.pages = String(pdf.numPages);
</script></body>`,
        });
      return route.fulfill({ path: path.join(PDFJS, path.basename(file)), contentType: 'text/javascript' });
    });
    await anonymous.goto('http://render.test/index.html');
    await anonymous.locator('body[data-pages]').waitFor({ state: 'attached', timeout: 20_000 });
    const pages = Number(await anonymous.locator('body').getAttribute('data-pages'));
    expect(pages).toBeGreaterThanOrEqual(2);
    for (let number = 1; number <= pages; number++) {
      const png = await anonymous.locator(`#page-${number}`).screenshot({ path: path.join(ARTEFACTS, `pdf-page-${number}.png`) });
      expect(png.length).toBeGreaterThan(10_000);
    }
  });
});
