import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { ensureChromium } from '../../scripts/ensureChromium.ts';

/** Browser tests need Chromium and the built client (the server serves dist/client). */
export default function setup(): void {
  ensureChromium();
  const root = path.resolve(import.meta.dirname, '../..');
  execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
}
