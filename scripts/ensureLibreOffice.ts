import fs from 'node:fs';
import { ensureDebianPackages } from './ensureDebianPackages.ts';

export const SOFFICE_PATH = '/usr/bin/soffice';

/** Word tests open exported .docx files in LibreOffice (`soffice --headless --convert-to pdf`): Debian's Writer without its GUI. */
export function ensureLibreOffice(): void {
  ensureDebianPackages(`LibreOffice Writer (${SOFFICE_PATH})`, () => fs.existsSync(SOFFICE_PATH), ['libreoffice-writer-nogui', 'fonts-dejavu-core']);
}
