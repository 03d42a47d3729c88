import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StatementView } from '../../shared/api/types.ts';
import type { ApiClient } from '../support/ApiClient.ts';
import { createContact, createOrganisation, createStatement, PASSWORD, signInAsSecretariat, type Contact } from '../support/coalition.ts';
import { connectCollab, waitForSync } from '../support/collabClient.ts';
import { ADMIN, startAccord, type AccordProcess } from '../support/startAccord.ts';
import { anchorsAround, writeParagraphs } from '../support/textAnchors.ts';
import { waitForStoredText } from '../support/waitForStoredText.ts';
import { type AxeFinding, describeFindings, seriousViolations } from './support/axe.ts';
import { launchChromium } from './support/launchChromium.ts';
import { signIn } from './support/signIn.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SCREENS = path.join(ROOT, 'test-results/screens');
const PARAGRAPHS = ['The coalition welcomes the review of the World Summit on the Information Society.', 'We ask for an open, bottom-up process.'];
const WIDTHS = [
  { width: 1280, height: 800 },
  { width: 375, height: 812 },
] as const;

type Who = 'anonymous' | 'signatory' | 'secretariat';

interface PageVisit {
  name: string;
  who: Who;
  path: () => string;
  /** What shows once the page has loaded its data. */
  ready: (page: Page) => Promise<void>;
}

describe('every main page passes axe-core (WCAG 2.2 AA) at 1280 and 375 pixels wide', () => {
  let server: AccordProcess;
  let secretariat: ApiClient;
  let signatory: Contact;
  let browser: Browser;
  let statementId: string;
  let forkId: string;
  let signId: string;
  let publishedSlug: string;
  const contexts = new Map<string, BrowserContext>();
  const found: Record<string, AxeFinding[]> = {};

  async function statementWithText(title: string): Promise<{ id: string; slug: string }> {
    const created = await createStatement(secretariat, title);
    const writer = connectCollab(server.wsUrl, created.id, secretariat.cookie);
    await waitForSync(writer);
    writeParagraphs(writer.doc, PARAGRAPHS);
    await waitForStoredText(server.wsUrl, created.id, secretariat.cookie, PARAGRAPHS[1]!);
    const comment = await secretariat.post(`/api/statements/${created.id}/threads`, {
      kind: 'comment',
      ...anchorsAround(writer.doc, 'bottom-up'),
      body: 'Which process exactly?',
    });
    expect(comment.status).toBe(201);
    writer.destroy();
    return created;
  }

  beforeAll(async () => {
    server = await startAccord();
    secretariat = await signInAsSecretariat(server);
    const orgId = await createOrganisation(secretariat, { name: 'Registro Ejemplo' });
    signatory = await createContact(server, secretariat, { orgId, role: 'signatory', name: 'Ana Firmante' });
    statementId = (await statementWithText('Joint statement on the WSIS+20 review')).id;
    const added = await secretariat.post(`/api/statements/${statementId}/drafters`, { userId: signatory.userId });
    expect(added.status).toBe(204);
    const fork = await signatory.client.post<{ id: string }>(`/api/statements/${statementId}/forks`, {});
    expect(fork.status).toBe(201);
    forkId = fork.body.id;
    signId = (await statementWithText('Joint statement on DNS abuse')).id;
    expect((await secretariat.post(`/api/statements/${signId}/freeze`, { carryOver: true })).status).toBe(200);
    const published = await statementWithText('Joint statement on registration data');
    expect((await secretariat.post(`/api/statements/${published.id}/freeze`, { carryOver: true })).status).toBe(200);
    expect((await secretariat.post(`/api/statements/${published.id}/publish`, {})).status).toBe(200);
    publishedSlug = (await secretariat.get<StatementView>(`/api/statements/${published.id}`)).body.slug;

    browser = await launchChromium();
    for (const viewport of WIDTHS) {
      for (const who of ['anonymous', 'signatory', 'secretariat'] as const) {
        const context = await browser.newContext({ viewport, locale: 'en-GB' });
        const page = await context.newPage();
        if (who === 'signatory') await signIn(page, server.url, signatory.email, PASSWORD);
        if (who === 'secretariat') await signIn(page, server.url, ADMIN.email, ADMIN.password);
        contexts.set(`${who}-${viewport.width}`, context);
      }
    }
    mkdirSync(SCREENS, { recursive: true });
  }, 120_000);

  afterAll(async () => {
    const report = path.join(ROOT, 'test-results/axe-violations.json');
    writeFileSync(report, `${JSON.stringify(found, null, 2)}\n`);
    await browser?.close();
    await server?.dispose();
  });

  const heading = (page: Page) => page.locator('h1').first().waitFor();
  const visits: PageVisit[] = [
    { name: 'login', who: 'anonymous', path: () => '/login', ready: heading },
    { name: 'home', who: 'signatory', path: () => '/', ready: (page) => page.getByText('Joint statement on the WSIS+20 review').first().waitFor() },
    {
      name: 'editor',
      who: 'signatory',
      path: () => `/statements/${statementId}`,
      ready: async (page) => {
        await page.locator('.ProseMirror', { hasText: PARAGRAPHS[1]! }).waitFor();
        await page.locator('[data-testid="thread"]', { hasText: 'Which process exactly?' }).waitFor();
        await page.locator('.thread-highlight').first().waitFor();
      },
    },
    { name: 'versions', who: 'signatory', path: () => `/statements/${statementId}/versions`, ready: heading },
    {
      name: 'upstream',
      who: 'signatory',
      path: () => `/statements/${forkId}/upstream`,
      ready: (page) => page.locator('#upstream-heading').waitFor(),
    },
    { name: 'lineage', who: 'signatory', path: () => `/statements/${statementId}/lineage`, ready: heading },
    { name: 'sign', who: 'signatory', path: () => `/statements/${signId}/sign`, ready: (page) => page.getByText(PARAGRAPHS[1]!).first().waitFor() },
    { name: 'account', who: 'signatory', path: () => '/account', ready: heading },
    { name: 'needs', who: 'signatory', path: () => '/needs', ready: heading },
    { name: 'search', who: 'signatory', path: () => '/search?q=process', ready: heading },
    {
      name: 'admin-organisations',
      who: 'secretariat',
      path: () => '/admin/organisations',
      ready: (page) => page.getByText('Registro Ejemplo').first().waitFor(),
    },
    { name: 'admin-secretariat', who: 'secretariat', path: () => '/admin/secretariat', ready: heading },
    { name: 'admin-purpose', who: 'secretariat', path: () => '/admin/purpose', ready: heading },
    { name: 'admin-audit', who: 'secretariat', path: () => '/admin/audit', ready: heading },
    { name: 'admin-consultations', who: 'secretariat', path: () => '/admin/consultations', ready: heading },
    { name: 'admin-outbox', who: 'secretariat', path: () => '/admin/outbox', ready: heading },
    { name: 'public', who: 'anonymous', path: () => `/p/${publishedSlug}`, ready: (page) => page.getByText(PARAGRAPHS[1]!).first().waitFor() },
  ];

  // The check itself: axe runs inside the page, so prove it still sees a nameless button and faint text there.
  it('the check finds a nameless button and text too faint to read', async () => {
    const page = await contexts.get('anonymous-1280')!.newPage();
    try {
      await page.goto(`${server.url}/login`);
      await heading(page);
      expect(await seriousViolations(page)).toEqual([]);
      await page.evaluate(() => {
        const main = document.querySelector('main') ?? document.body;
        main.insertAdjacentHTML('beforeend', '<button id="nameless" type="button"></button><p id="faint" style="color:#ddd;background:#fff">Faint words</p>');
      });
      const rules = (await seriousViolations(page)).map((finding) => `${finding.rule} ${finding.target}`);
      expect(rules).toEqual(expect.arrayContaining(['button-name #nameless', 'color-contrast #faint']));
    } finally {
      await page.close();
    }
  });

  for (const { width } of WIDTHS) {
    for (const visit of visits) {
      it(`${visit.name} at ${width}px`, async () => {
        const page = await contexts.get(`${visit.who}-${width}`)!.newPage();
        try {
          await page.goto(`${server.url}${visit.path()}`);
          await visit.ready(page);
          // Fonts and late layout settle before measuring contrast and taking the picture.
          await page.evaluate(() => document.fonts.ready.then(() => undefined));
          await page.screenshot({ path: path.join(SCREENS, `${visit.name}-${width}.png`), fullPage: true });
          const findings = await seriousViolations(page);
          found[`${visit.name}-${width}`] = findings;
          expect(findings, `axe on ${visit.name} at ${width}px:\n${describeFindings(findings)}`).toEqual([]);
        } finally {
          await page.close();
        }
      }, 60_000);
    }
  }
});
