import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../support/ApiClient.ts';
import { signInAsSecretariat } from '../support/coalition.ts';
import { signedPositionPaper, SIGNATORY_NAMES } from '../support/positionPaper.ts';
import { publicExportText } from '../support/publicExportText.ts';
import { startAccord, type AccordProcess } from '../support/startAccord.ts';

const FRENCH = { 'Accept-Language': 'fr-FR,fr;q=0.9' };
const ENGLISH = { 'Accept-Language': 'en-GB,en;q=0.9' };
const SIGNED = SIGNATORY_NAMES.length;

describe('exports in the reader’s language', () => {
  let server: AccordProcess;
  let slug: string;
  /** The publication's day as each language writes it (published during this test). */
  let day: { en: string; fr: string };
  const anonymous = () => new ApiClient(server.url, null);

  beforeAll(async () => {
    server = await startAccord();
    const secretariat = await signInAsSecretariat(server);
    let id: string;
    ({ id, slug } = await signedPositionPaper(server, secretariat));
    expect((await secretariat.post(`/api/statements/${id}/publish`, {})).status).toBe(200);
    const today = (locale: string) => new Date().toLocaleDateString(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    day = { en: today('en-GB'), fr: today('fr') };
  }, 120_000);

  afterAll(async () => {
    await server?.dispose();
  });

  it('writes the PDF’s fixed words in French for a French browser, and in English for an English one', async () => {
    const french = await publicExportText(`${server.url}/p/${slug}.pdf`, FRENCH);
    expect(french.status).toBe(200);
    expect(french.text).toContain('DÉCLARATION COMMUNE');
    expect(french.text).toContain(`Publiée le ${day.fr} · Version 1`);
    expect(french.text).toContain(`Signée par ${SIGNED} organisations`);
    expect(french.text).toContain('Organisation Pays');
    expect(french.text).toMatch(/Page 1 sur \d+/);
    expect(french.text).not.toMatch(/Page 1 of|Published|Signed by|Country/);
    const english = await publicExportText(`${server.url}/p/${slug}.pdf`, ENGLISH);
    expect(english.text).toContain('JOINT STATEMENT');
    expect(english.text).toContain(`Published ${day.en} · Version 1`);
    expect(english.text).toContain(`Signed by ${SIGNED} organisations`);
    expect(english.text).toContain('Organisation Country');
    expect(english.text).toMatch(/Page 1 of \d+/);
  });

  it('writes the HTML, Markdown and Word exports in French when ?lang=fr asks, each language cached apart', async () => {
    const html = await anonymous().request('GET', `/p/${slug}.html?lang=fr`);
    expect(html.headers.get('content-language')).toBe('fr');
    expect(html.headers.get('vary')).toMatch(/Accept-Language/);
    const page = html.body as string;
    expect(page).toContain('<html lang="fr">');
    expect(page).toContain(`Publiée le ${day.fr} · Version 1`);
    expect(page).toContain(`Signée par ${SIGNED} organisations`);
    expect(page).toContain('<th scope="col">Pays</th>');
    expect(page).toContain('Lien permanent\u00a0:');
    expect(page).not.toMatch(/Published|Permanent link|Signed by/);
    const markdown = (await anonymous().request('GET', `/p/${slug}.md?lang=fr`)).body as string;
    expect(markdown).toMatch(/^Publiée le \d{4}-\d{2}-\d{2} · version 1 · SHA-256 [0-9a-f]{64}$/m);
    expect(markdown).toContain('## Signataires');
    expect(markdown).not.toContain('## Signatories');
    const word = await publicExportText(`${server.url}/p/${slug}.docx`, FRENCH);
    expect(word.text).toContain('Signataires');
    expect(word.text).toContain(`Publiée le ${day.fr} · Version 1`);

    // The same addresses for an English reader, after the French answers were cached.
    const englishHtml = (await anonymous().request('GET', `/p/${slug}.html`, undefined, ENGLISH)).body as string;
    expect(englishHtml).toContain(`Published ${day.en} · Version 1`);
    expect(englishHtml).toContain('Permanent link:');
    expect(englishHtml).toContain('<th scope="col">Country</th>');
    const englishMarkdown = (await anonymous().request('GET', `/p/${slug}.md`, undefined, ENGLISH)).body as string;
    expect(englishMarkdown).toMatch(/^Published \d{4}-\d{2}-\d{2} · version 1 · SHA-256 [0-9a-f]{64}$/m);
    expect(englishMarkdown).toContain('## Signatories');
    expect((await publicExportText(`${server.url}/p/${slug}.docx`, ENGLISH)).text).toContain('Signatories');
  });
});
