import { spawnSync } from 'node:child_process';
import { ensureChromium } from './ensureChromium.ts';
import { ensureLibreOffice } from './ensureLibreOffice.ts';
import { ensurePoppler } from './ensurePoppler.ts';
import { ensurePostgres } from './ensurePostgres.ts';
import { ensureRedis } from './ensureRedis.ts';

/**
 * `npm test`: the TypeScript typecheck, then Biome's linter and formatter check, then every test (unit, integration, browser).
 * Makes sure Chromium, PostgreSQL, Redis, poppler-utils and LibreOffice are there first, then runs Vitest once over all projects and writes a JSON report that
 * CI counts. A failing check stops the run before the tests, with a message that says which one.
 */
try {
  ensureChromium();
  ensurePostgres();
  ensureRedis();
  ensurePoppler();
  ensureLibreOffice();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

/** Runs a local tool's script with this Node, so the check needs neither npx nor a shell. */
function check(name: string, script: string, args: string[]): void {
  console.log(`${name}…`);
  const run = spawnSync(process.execPath, [script, ...args], { stdio: 'inherit' });
  if (run.status !== 0) {
    const reason = run.error ? run.error.message : `exit code ${run.status ?? `signal ${run.signal}`}`;
    console.error(`npm test stopped: ${name} failed (${reason}). Fix the problems above, then run npm test again.`);
    process.exit(run.status || 1);
  }
}

check('Typecheck (tsc --noEmit -p .)', 'node_modules/typescript/bin/tsc', ['--noEmit', '-p', '.']);
check('Lint and format (biome check .)', 'node_modules/@biomejs/biome/bin/biome', ['check', '.']);

const result = spawnSync(
  process.execPath,
  ['node_modules/vitest/vitest.mjs', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=test-results/vitest.json', ...process.argv.slice(2)],
  { stdio: 'inherit' },
);
process.exit(result.status ?? 1);
