// `npm start`: builds only what is stale, then runs the compiled server. Plain JavaScript on
// purpose: nothing is compiled at start-up, so a restart (a rolling upgrade, a crash) is back in
// about a second instead of rebuilding the client and compiling TypeScript every time.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const ROOT = path.resolve(import.meta.dirname, '..');

/** What each built output is made from; any change to these files makes it stale. */
const OUTPUTS = [
  {
    name: 'client',
    stamp: 'dist/client/.built-from',
    sources: ['client', 'shared', 'vite.config.ts', 'tsconfig.json', 'package-lock.json'],
    command: ['node_modules/.bin/vite', ['build', '--logLevel', 'warn']],
    // Always React's production build: Vite follows NODE_ENV, and Vitest (whose set-up builds through here) sets it
    // to `test`, which gave the tests, and an `npm start` after them, React's development build.
    env: { NODE_ENV: 'production' },
  },
  {
    name: 'server',
    stamp: 'dist/server/.built-from',
    sources: ['server', 'shared', 'tsconfig.json', 'tsconfig.build.json', 'package-lock.json'],
    command: ['node_modules/.bin/tsc', ['-p', 'tsconfig.build.json']],
  },
];

/** Every file under `entries` (tests excluded), sorted, so the hash does not depend on listing order. */
function filesOf(entries) {
  const files = [];
  const visit = (relative) => {
    const absolute = path.join(ROOT, relative);
    if (!fs.existsSync(absolute)) return;
    if (fs.statSync(absolute).isDirectory()) {
      for (const name of fs.readdirSync(absolute)) visit(path.join(relative, name));
    } else if (!/\.test\.tsx?$/.test(relative)) {
      files.push(relative);
    }
  };
  for (const entry of entries) visit(entry);
  return files.sort();
}

/**
 * The SHA-256 of the build's recipe and its sources' paths and contents: unlike modification times, it survives a
 * fresh checkout, and a changed recipe (a command, an environment variable) rebuilds too.
 */
function sourceHash(output) {
  const hash = createHash('sha256')
    .update(JSON.stringify([output.command, output.env ?? {}]))
    .update('\0');
  for (const file of filesOf(output.sources))
    hash
      .update(file)
      .update('\0')
      .update(fs.readFileSync(path.join(ROOT, file)))
      .update('\0');
  return hash.digest('hex');
}

for (const output of OUTPUTS) {
  const wanted = sourceHash(output);
  const stampFile = path.join(ROOT, output.stamp);
  const built = fs.existsSync(stampFile) ? fs.readFileSync(stampFile, 'utf8').trim() : null;
  if (built === wanted) continue;
  process.stderr.write(`Building the ${output.name} (${built === null ? 'not built yet' : 'its sources changed'})…\n`);
  const [command, args] = output.command;
  const result = spawnSync(path.join(ROOT, command), args, { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ...output.env } });
  if (result.status !== 0) {
    process.stderr.write(`Building the ${output.name} failed; see above.\n`);
    process.exit(result.status ?? 1);
  }
  fs.writeFileSync(stampFile, `${wanted}\n`);
}

// `--build-only`: stop here (the browser tests' set-up and deployments that build ahead use it).
if (!process.argv.includes('--build-only')) await import(pathToFileURL(path.join(ROOT, 'dist/server/server/main.js')).href);
