import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInAsSecretariat } from '../support/coalition.ts';
import { convertToPdf } from '../support/libreOffice.ts';
import { pdfText, renderPages, textBlocks } from '../support/poppler.ts';
import { SIGNATORY_NAMES, signedPositionPaper } from '../support/positionPaper.ts';
import { type AccordProcess, startAccord } from '../support/startAccord.ts';

const ARTEFACTS = path.resolve('test-results/exports');

describe('the published Word export opens in LibreOffice', () => {
  let server: AccordProcess;
  let docx: Uint8Array;

  beforeAll(async () => {
    server = await startAccord();
    const secretariat = await signInAsSecretariat(server);
    const { id, slug } = await signedPositionPaper(server, secretariat);
    const published = await secretariat.post(`/api/statements/${id}/publish`, {});
    expect(published.status).toBe(200);
    const response = await fetch(`${server.url}/p/${slug}.docx`);
    expect(response.status).toBe(200);
    docx = new Uint8Array(await response.arrayBuffer());
  }, 120_000);

  afterAll(async () => {
    await server?.dispose();
  });

  it('converts to a PDF that reads the statement: title, headings, text with its accents and every signatory', async () => {
    const pdf = await convertToPdf(docx);
    fs.mkdirSync(ARTEFACTS, { recursive: true });
    fs.writeFileSync(path.join(ARTEFACTS, 'position-paper.docx'), docx);
    fs.writeFileSync(path.join(ARTEFACTS, 'position-paper-libreoffice.pdf'), pdf);
    const pages = await renderPages(pdf, 72, 'position-paper-libreoffice');
    expect(pages.length).toBeGreaterThanOrEqual(1);
    // Table cells and wrapped lines come out with runs of spaces and line breaks: one space is what a reader sees.
    const text = (await pdfText(pdf)).replace(/\s+/g, ' ');
    for (const heading of ['Déclaration commune sur l’accès', 'Notre position sur l’accès', 'Principes clés', 'Próximos pasos', 'Signatories']) {
      expect(text, heading).toContain(heading);
    }
    expect(text).toContain('Información pública y gratuita');
    expect(text).toContain('Fin de la déclaration.');
    for (const name of SIGNATORY_NAMES) expect(text, name).toContain(name);
  });

  it('indents nested list items under their parents and numbers them as Word would (•/◦, 1./a.)', async () => {
    const pages = await textBlocks(await convertToPdf(docx));
    const lines = pages.flatMap((page) => page.blocks.flatMap((block) => block.lines.map((line) => ({ page: page.number, ...line }))));
    const line = (words: string) => {
      const found = lines.find((candidate) => candidate.text.includes(words));
      if (found === undefined) throw new Error(`no line reads "${words}"`);
      return found;
    };
    // Poppler reads a list's marker either as the line's first word or as its own block: the nearest word
    // left of the line, level with it.
    const marker = (words: string) => {
      const item = line(words);
      if (!words.startsWith(item.words[0]!.text)) return item.words[0]!.text;
      const level = (candidate: { yMin: number; yMax: number }) => Math.abs((candidate.yMin + candidate.yMax) / 2 - (item.yMin + item.yMax) / 2) < 2;
      const left = lines.filter((candidate) => candidate.page === item.page && level(candidate) && candidate.xMax <= item.xMin);
      return left.sort((a, b) => b.xMax - a.xMax)[0]?.text.trim();
    };
    // Where an item's own words start.
    const textStart = (words: string) => line(words).words.find((word) => words.startsWith(word.text))!.xMin;
    expect(textStart('Información pública')).toBeGreaterThan(textStart('Accès équitable') + 10);
    expect(textStart('Revisión por los pares')).toBeGreaterThan(textStart('Publicar el informe') + 10);
    expect(marker('Accès équitable')).toBe('•');
    expect(marker('Información pública')).toBe('◦');
    expect(marker('Publicar el informe')).toBe('2.');
    expect(marker('Revisión por los pares')).toBe('a.');
  });
});
