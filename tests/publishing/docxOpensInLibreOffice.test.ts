import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInAsSecretariat } from '../support/coalition.ts';
import { convertToPdf } from '../support/libreOffice.ts';
import { pdfText, renderPages } from '../support/poppler.ts';
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
});
