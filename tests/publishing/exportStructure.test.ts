import fs from 'node:fs';
import path from 'node:path';
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
  type PdfLine,
  type PdfReading,
} from '../support/documentOutline.ts';
import { POSITION_PAPER, signedPositionPaper, SIGNATORY_NAMES } from '../support/positionPaper.ts';
import { startAccord, type AccordProcess } from '../support/startAccord.ts';

const ARTEFACTS = path.resolve('test-results/exports');
const expected = outlineOfJson(POSITION_PAPER);

describe('every export renders the same document structure', () => {
  let server: AccordProcess;
  let slug: string;
  let hash: string;
  let pdf: PdfReading;
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
    pdf = await readPdf(bytes);
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

  it('the PDF: no two text lines overlap, list items sit below their heading and indented, the margin comes back after a list', () => {
    const overlaps: string[] = [];
    for (const [index, line] of pdf.lines.entries()) {
      for (const other of pdf.lines.slice(index + 1)) {
        if (other.page !== line.page) continue;
        const [l1, t1, r1, b1] = line.box;
        const [l2, t2, r2, b2] = other.box;
        if (l1 < r2 - 0.5 && l2 < r1 - 0.5 && t1 < b2 - 0.5 && t2 < b1 - 0.5) overlaps.push(`p${line.page} "${line.text}" × "${other.text}"`);
      }
    }
    expect(overlaps).toEqual([]);
    const find = (words: string): PdfLine => {
      const line = pdf.lines.find((candidate) => candidate.text.includes(words));
      if (!line) throw new Error(`no line with "${words}"`);
      return line;
    };
    const heading = find('Principes clés');
    const first = find('Accès équitable');
    const nested = find('Información pública');
    expect(first.box[1]).toBeGreaterThan(heading.box[3]);
    expect(first.textLeft).toBeGreaterThan(heading.box[0] + 10);
    expect(nested.textLeft).toBeGreaterThan(first.textLeft + 10);
    // After the list, the paragraph is back at the left margin.
    expect(find('Les organisations signataires').textLeft).toBeCloseTo(heading.box[0], 0);
    expect(find('Fin de la déclaration').textLeft).toBeCloseTo(heading.box[0], 0);
    // Within the page.
    for (const line of pdf.lines) {
      expect(line.box[2], line.text).toBeLessThanOrEqual(pdf.pageSize.width - 60);
      expect(line.box[3], line.text).toBeLessThanOrEqual(pdf.pageSize.height - 20);
    }
  });

  it('the PDF: embedded fonts with the accents, a clickable link, "Page n of m" on every page', () => {
    // Every font is embedded (subset, "ABCDEF+Name"), none is one of the 14 standard fonts without accents beyond Latin-1.
    expect(pdf.fonts.length).toBeGreaterThan(0);
    for (const font of pdf.fonts) expect(font).toMatch(/^[A-Z]{6}\+/);
    expect(pdf.links.map((link) => link.url)).toContain('https://example.org/charter?a=1&b=2');
    expect(pdf.pages).toBeGreaterThanOrEqual(2);
    for (let page = 1; page <= pdf.pages; page++) {
      const footer = pdf.lines.filter((line) => line.page === page && /^Page \d+ of \d+$/.test(line.text));
      expect(
        footer.map((line) => line.text),
        `page ${page}`,
      ).toEqual([`Page ${page} of ${pdf.pages}`]);
    }
  });

  it('the PDF: the signatory table spans pages with its header row on each and no row split', () => {
    const rows = SIGNATORY_NAMES.map((name) => {
      const line = pdf.lines.find((candidate) => candidate.text.includes(name));
      expect(line, name).toBeDefined();
      // The organisation and its country on one baseline: one row, never split.
      expect(line!.text).toContain('Netherlands');
      return line!;
    });
    const pages = [...new Set(rows.map((row) => row.page))];
    expect(pages.length).toBeGreaterThanOrEqual(2);
    for (const page of pages) {
      const header = pdf.lines.find((line) => line.page === page && /^Organisation\s+Country$/.test(line.text));
      expect(header, `header row on page ${page}`).toBeDefined();
      for (const row of rows.filter((candidate) => candidate.page === page)) expect(row.box[1]).toBeGreaterThan(header!.box[3]);
    }
  });
});
