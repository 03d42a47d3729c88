import fs from 'node:fs';
import path from 'node:path';
import PDFDocument from 'pdfkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInAsSecretariat } from '../support/coalition.ts';
import {
  outlineOfDocx,
  outlineOfHtml,
  outlineOfJson,
  outlineOfMarkdown,
  outlineOfPdf,
  readPdf,
  statementPart,
  type PdfReading,
} from '../support/documentOutline.ts';
import { overlappingText, type PopplerLine, type PopplerPage, type RenderedPage, renderPages, textBlocks } from '../support/poppler.ts';
import { POSITION_PAPER, signedPositionPaper, SIGNATORY_NAMES } from '../support/positionPaper.ts';
import { startAccord, type AccordProcess } from '../support/startAccord.ts';

const ARTEFACTS = path.resolve('test-results/exports');
const expected = outlineOfJson(POSITION_PAPER);
/** Enough to see a heading touch a list item in the artefacts; the checks read poppler's boxes, not pixels. */
const RENDER_DPI = 100;

/** A PDF with each text drawn where it is told (a page laid out wrong on purpose, or right), in PDFKit's Helvetica. */
function pdfWithTextAt(texts: readonly { text: string; x: number; y: number; size: number }[]): Promise<Buffer> {
  const document = new PDFDocument({ size: 'A4', margin: 0 });
  const chunks: Buffer[] = [];
  document.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => document.on('end', () => resolve(Buffer.concat(chunks))));
  for (const { text, x, y, size } of texts) document.fontSize(size).text(text, x, y, { lineBreak: false });
  document.end();
  return done;
}

/** Where a line's words start, after its bullet or number. */
function textLeft(line: PopplerLine): number {
  const words = line.words.filter((word) => !/^(•|◦|▪|\d+\.)$/.test(word.text));
  return words[0]!.xMin;
}

describe('every export renders the same document structure', () => {
  let server: AccordProcess;
  let slug: string;
  let hash: string;
  let pdf: PdfReading;
  /** The same PDF as poppler lays it out, and its pages rendered to images (test-results/renders/position-paper/). */
  let pages: PopplerPage[];
  let renders: RenderedPage[];
  const linesOf = (page: PopplerPage) => page.blocks.flatMap((block) => block.lines);
  const lineWith = (words: string): PopplerLine => {
    const line = pages.flatMap(linesOf).find((candidate) => candidate.text.includes(words));
    if (!line) throw new Error(`no line with "${words}"`);
    return line;
  };
  const get = async (suffix: string) => {
    const response = await fetch(`${server.url}/p/${slug}${suffix}`);
    expect(response.status, suffix).toBe(200);
    return new Uint8Array(await response.arrayBuffer());
  };

  beforeAll(async () => {
    server = await startAccord();
    const secretariat = await signInAsSecretariat(server);
    let id: string;
    ({ id, slug, hash } = await signedPositionPaper(server, secretariat));
    const published = await secretariat.post(`/api/statements/${id}/publish`, {});
    expect(published.status).toBe(200);
    const bytes = await get('.pdf');
    fs.mkdirSync(ARTEFACTS, { recursive: true });
    fs.writeFileSync(path.join(ARTEFACTS, 'position-paper.pdf'), bytes);
    // pdf.js takes the buffer it is given (detaches it): it reads a copy.
    pdf = await readPdf(bytes.slice());
    pages = await textBlocks(bytes);
    renders = await renderPages(bytes, RENDER_DPI, 'position-paper');
  }, 120_000);

  afterAll(async () => {
    await server?.dispose();
  });

  it('the expected outline is what the test built', () => {
    expect(expected).toEqual([
      'h1 Notre position sur l’accès',
      'p We support an **open** and _interoperable_ Internet; read [the charter](https://example.org/charter?a=1&b=2).',
      'h2 Principes clés',
      'ul1 Accès équitable pour tous les usagers',
      'ul2 Información pública y gratuita',
      'ul2 Données à caractère personnel protégées',
      // Long enough to wrap: its second line stays in the item, at the item's indentation.
      'ul1 Transparence de la **_gouvernance_**, y compris la publication des décisions, des comptes rendus et des motifs de chaque choix, afin que chacun puisse les lire',
      expect.stringMatching(/^p Les organisations signataires rappellent/),
      'h3 Próximos pasos',
      'ol1 Consultar a la comunidad',
      'ol1 Publicar el informe',
      'ol2 Revisión por los pares de la región',
      'quote « Nadie queda atrás », dijo la organización.',
      'quote _Cita de la asamblea, año 2026_',
      'p Fin de la déclaration.',
    ]);
  });

  it('the public page', async () => {
    const html = new TextDecoder().decode(await get(''));
    expect(outlineOfHtml(html, 'article.statement', 1)).toEqual(expected);
  });

  it('the HTML export, with the date, version, hash and signatories of the public page', async () => {
    const html = new TextDecoder().decode(await get('.html'));
    expect(outlineOfHtml(html, 'article.statement', 1)).toEqual(expected);
    expect(html).toMatch(/Published \d{1,2} \w+ \d{4} · Version 1/);
    expect(html).toContain(hash);
    expect(html).toContain('Signed by 40 organisations');
    for (const name of SIGNATORY_NAMES) expect(html).toContain(`<td>${name}</td>`);
  });

  it('the Markdown export', async () => {
    const markdown = new TextDecoder().decode(await get('.md'));
    expect(statementPart(outlineOfMarkdown(markdown), expected)).toEqual(expected);
  });

  it('the Word export', async () => {
    expect(statementPart(await outlineOfDocx(await get('.docx'), 1), expected)).toEqual(expected);
  });

  it('the PDF export, read from its layout', () => {
    const outline = outlineOfPdf(pdf, { body: 11.5, left: 68, indentStep: 18, headingSizes: [17, 14, 12.5] });
    expect(statementPart(outline, expected)).toEqual(expected);
  });

  it('the PDF rendered by poppler: every page an A4 image, no two blocks, lines or words overlap', () => {
    expect(renders.map((render) => path.basename(render.file))).toEqual(pages.map((page) => `page-${page.number}.png`));
    for (const [index, render] of renders.entries()) {
      // A4 at RENDER_DPI (pdftoppm rounds up): the image is the page, nothing cropped or added.
      expect(Math.abs(render.width - (pages[index]!.width * RENDER_DPI) / 72)).toBeLessThan(1);
      expect(Math.abs(render.height - (pages[index]!.height * RENDER_DPI) / 72)).toBeLessThan(1);
    }
    expect(overlappingText(pages)).toEqual([]);
    // Within the page, clear of the footer's margin.
    for (const page of pages) {
      for (const block of page.blocks) {
        expect(block.xMax, block.text).toBeLessThanOrEqual(page.width - 60);
        expect(block.yMax, block.text).toBeLessThanOrEqual(page.height - 20);
      }
    }
  });

  it('the PDF rendered by poppler: list items below their heading, nested items indented from their parent, the margin back after a list', () => {
    const heading = lineWith('Principes clés');
    const first = lineWith('Accès équitable');
    const nested = lineWith('Información pública');
    const sibling = lineWith('Données à caractère');
    const wrapped = lineWith('Transparence de la');
    expect(first.yMin).toBeGreaterThanOrEqual(heading.yMax);
    expect(textLeft(first)).toBeGreaterThan(heading.xMin + 10);
    // The marker too: the nested item's bullet sits right of its parent's.
    expect(nested.xMin).toBeGreaterThan(first.xMin + 10);
    expect(textLeft(nested)).toBeGreaterThan(textLeft(first) + 10);
    expect(textLeft(sibling)).toBeCloseTo(textLeft(nested), 0);
    expect(textLeft(wrapped)).toBeCloseTo(textLeft(first), 0);
    // A wrapped item's second line hangs under its words, not under its bullet.
    expect(lineWith('des comptes rendus').xMin).toBeCloseTo(textLeft(wrapped), 0);
    expect(textLeft(lineWith('Revisión por los pares'))).toBeGreaterThan(textLeft(lineWith('Publicar el informe')) + 10);
    expect(lineWith('Revisión por los pares').yMin).toBeGreaterThanOrEqual(lineWith('Publicar el informe').yMax);
    // After the list, the paragraph is back at the left margin.
    expect(lineWith('Les organisations signataires').xMin).toBeCloseTo(heading.xMin, 0);
    expect(lineWith('Fin de la déclaration').xMin).toBeCloseTo(heading.xMin, 0);
  });

  it('the overlap check fails on a PDF with two blocks drawn at the same place', async () => {
    const broken = await pdfWithTextAt([
      { text: 'Principes clés', x: 72, y: 100, size: 14 },
      { text: 'Accès équitable pour tous', x: 80, y: 104, size: 11 },
      { text: 'Fin de la déclaration.', x: 72, y: 400, size: 11 },
    ]);
    await renderPages(broken, RENDER_DPI, 'overlapping-blocks');
    const overlaps = overlappingText(await textBlocks(broken));
    expect(overlaps.length).toBeGreaterThan(0);
    expect(overlaps.join('\n')).toMatch(/Principes|clés/);
    expect(overlaps.join('\n')).not.toContain('Fin de la déclaration');
    // The same text drawn apart passes.
    const apart = await pdfWithTextAt([
      { text: 'Principes clés', x: 72, y: 100, size: 14 },
      { text: 'Accès équitable pour tous', x: 80, y: 124, size: 11 },
    ]);
    expect(overlappingText(await textBlocks(apart))).toEqual([]);
  });

  it("the PDF: embedded fonts with the accents and a clickable link (read with pdf.js: poppler's boxes carry neither)", () => {
    // Every font is embedded (subset, "ABCDEF+Name"), none is one of the 14 standard fonts without accents beyond Latin-1.
    expect(pdf.fonts.length).toBeGreaterThan(0);
    for (const font of pdf.fonts) expect(font).toMatch(/^[A-Z]{6}\+/);
    expect(pdf.links.map((link) => link.url)).toContain('https://example.org/charter?a=1&b=2');
  });

  it('the PDF: "Page n of m" on every page', () => {
    expect(pages.length).toBeGreaterThanOrEqual(2);
    expect(pages.length).toBe(pdf.pages);
    for (const page of pages) {
      const footer = linesOf(page).filter((line) => /^Page \d+ of \d+$/.test(line.text));
      expect(
        footer.map((line) => line.text),
        `page ${page.number}`,
      ).toEqual([`Page ${page.number} of ${pages.length}`]);
    }
  });

  it('the PDF: the signatory table spans pages with its header row on each and no row split', () => {
    const rowPages = new Set<number>();
    for (const name of SIGNATORY_NAMES) {
      const page = pages.find((candidate) => linesOf(candidate).some((line) => line.text.includes(name)));
      expect(page, name).toBeDefined();
      const row = linesOf(page!).find((line) => line.text.includes(name))!;
      // The organisation and its country on one baseline: one row, never split.
      const country = linesOf(page!).find((line) => line.text === 'Netherlands' && Math.abs(line.yMax - row.yMax) < 1);
      expect(country, name).toBeDefined();
      const header = linesOf(page!).find((line) => line.text === 'Organisation');
      const headerCountry = linesOf(page!).find((line) => line.text === 'Country');
      expect(header, `header row on page ${page!.number}`).toBeDefined();
      expect(Math.abs(headerCountry!.yMax - header!.yMax)).toBeLessThan(1);
      expect(row.yMin).toBeGreaterThan(header!.yMax);
      rowPages.add(page!.number);
    }
    expect(rowPages.size).toBeGreaterThanOrEqual(2);
  });
});
