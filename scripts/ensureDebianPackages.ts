import { execFileSync } from 'node:child_process';
import fs from 'node:fs';

/**
 * Tests drive real programs from Debian (Chromium, PostgreSQL, Redis). Installs `packages` when
 * `present()` says the program is missing and we can (root with apt); otherwise stops with a
 * message that says how.
 */
export function ensureDebianPackages(what: string, present: () => boolean, packages: readonly string[]): void {
  if (present()) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = fs.existsSync('/usr/bin/apt-get');
  const install = `apt-get install -y ${packages.join(' ')}`;
  if (!isRoot || !hasApt) throw new Error(`${what} is missing. Install Debian's packages first: sudo apt-get update && sudo ${install}`);
  console.log(`${what} is missing: installing Debian's ${packages.join(', ')}…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '--no-install-recommends', ...packages], { stdio: 'inherit', env });
  if (!present()) throw new Error(`${what} is still missing after installing ${packages.join(', ')}`);
}
