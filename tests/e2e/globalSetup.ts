import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { ensureChromium } from '../../scripts/ensureChromium.ts';

/** Browser tests need Chromium and the built client (the server serves dist/client). */
export default function setup(): void {
  ensureChromium();
  const root = path.resolve(import.meta.dirname, '../..');
  // Builds the client (and the compiled server) only when their sources changed since the last build.
  execFileSync(process.execPath, ['scripts/start.mjs', '--build-only'], { cwd: root, stdio: 'inherit' });
}
