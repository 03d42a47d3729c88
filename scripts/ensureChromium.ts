import fs from 'node:fs';
import { ensureDebianPackages } from './ensureDebianPackages.ts';

export const CHROMIUM_PATH = '/usr/bin/chromium';

/** Browser tests drive Debian's Chromium. */
export function ensureChromium(): void {
  ensureDebianPackages(`Chromium (${CHROMIUM_PATH})`, () => fs.existsSync(CHROMIUM_PATH), ['chromium', 'fonts-dejavu-core']);
}
