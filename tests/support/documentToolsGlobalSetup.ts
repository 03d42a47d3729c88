import { ensureLibreOffice } from '../../scripts/ensureLibreOffice.ts';
import { ensurePoppler } from '../../scripts/ensurePoppler.ts';

/** Export tests read PDFs with poppler (tests/support/poppler.ts) and open Word files in LibreOffice (tests/support/libreOffice.ts). */
export default function setup(): void {
  ensurePoppler();
  ensureLibreOffice();
}
