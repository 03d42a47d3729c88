import { execFileSync } from 'node:child_process';
import path from 'node:path';

/**
 * Tests run the compiled server, as `npm start` does: it starts in about half the time of the TypeScript through tsx,
 * and a run starts a few hundred servers. Builds the client and the server only when their sources changed since the
 * last build (scripts/start.mjs compares source hashes), so a test run after an edit always runs the edited code.
 */
export default function setup(): void {
  const root = path.resolve(import.meta.dirname, '../..');
  execFileSync(process.execPath, ['scripts/start.mjs', '--build-only'], { cwd: root, stdio: 'inherit' });
}
