import fs from 'node:fs';
import { ensureDebianPackages } from './ensureDebianPackages.ts';

export const PDFTOPPM_PATH = '/usr/bin/pdftoppm';
export const PDFTOTEXT_PATH = '/usr/bin/pdftotext';

/** Export tests render PDFs to images (pdftoppm) and read their block boxes (pdftotext -bbox-layout): Debian's poppler-utils. */
export function ensurePoppler(): void {
  ensureDebianPackages(`Poppler (${PDFTOPPM_PATH} and ${PDFTOTEXT_PATH})`, () => fs.existsSync(PDFTOPPM_PATH) && fs.existsSync(PDFTOTEXT_PATH), [
    'poppler-utils',
  ]);
}
