import { spawnSync } from 'node:child_process';
import { ensureChromium } from './ensureChromium.ts';

/**
 * `npm test`: every test (unit, integration, browser). Makes sure Chromium is there first, then
 * runs Vitest once over all projects and writes a JSON report that CI counts.
 */
try {
  ensureChromium();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

const result = spawnSync(
  process.execPath,
  [
    'node_modules/vitest/vitest.mjs',
    'run',
    '--reporter=default',
    '--reporter=json',
    '--outputFile.json=test-results/vitest.json',
    ...process.argv.slice(2),
  ],
  { stdio: 'inherit' },
);
process.exit(result.status ?? 1);
