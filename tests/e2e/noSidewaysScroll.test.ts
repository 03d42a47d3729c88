import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../support/ApiClient.ts';
import { createStatement, signInAsSecretariat } from '../support/coalition.ts';
import { startAccord, type AccordProcess } from '../support/startAccord.ts';
import { launchChromium } from './support/launchChromium.ts';

const LOCALES = { en: 'en-GB', fr: 'fr-FR', es: 'es-ES' } as const;
// 1201px: the narrowest with the whole navigation in the header (below it, a Menu holds it).
const WIDTHS = [1280, 1201, 1024] as const;
// The header is one row, about 55px: a second would be a navigation that wrapped.
const HEADER_MAX_PX = 70;

/**
 * WCAG 1.4.10: at laptop widths nothing runs off the side in any language. The secretariat has the longest header
 * (its Administration menu) and the fullest side column (sign-on settings, the consultation form), whose French
 * and Spanish labels are the longest.
 */
describe('no sideways scrolling at laptop widths', () => {
  let server: AccordProcess;
  let secretariat: ApiClient;
  let browser: Browser;
  let statementId: string;

  beforeAll(async () => {
    server = await startAccord();
    secretariat = await signInAsSecretariat(server);
    statementId = (await createStatement(secretariat, 'Joint statement on the WSIS+20 review')).id;
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
  });

  async function contextFor(locale: string, width: number): Promise<BrowserContext> {
    const context = await browser.newContext({ viewport: { width, height: 800 }, locale });
    const [name, value] = secretariat.cookie!.split(/=(.*)/s) as [string, string];
    await context.addCookies([{ name, value, url: server.url }]);
    return context;
  }

  for (const [language, locale] of Object.entries(LOCALES)) {
    for (const width of WIDTHS) {
      it(`in ${language} at ${width}px: the statement page, the statement list and the dashboard fit`, async () => {
        const context = await contextFor(locale, width);
        const page = await context.newPage();
        for (const path of [`/statements/${statementId}`, '/statements', '/']) {
          await page.goto(`${server.url}${path}`);
          await page.locator('main h1').waitFor();
          if (path.startsWith('/statements/')) await page.locator('.statement-side form').first().waitFor();
          const fit = await page.evaluate(() => {
            const side = document.querySelector('.statement-side');
            return {
              page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
              side: side === null ? 0 : side.scrollWidth - side.clientWidth,
              header: Math.round(document.querySelector('header')?.getBoundingClientRect().height ?? 0),
            };
          });
          expect(fit.page, `${path}: the page is wider than the window by`).toBeLessThanOrEqual(0);
          expect(fit.side, `${path}: the side column is wider than itself by`).toBeLessThanOrEqual(0);
          expect(fit.header, `${path}: the header's height`).toBeLessThanOrEqual(HEADER_MAX_PX);
        }
        await context.close();
      });
    }
  }
});
