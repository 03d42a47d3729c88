import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../support/ApiClient.ts';
import { type AccordProcess, ADMIN, startAccord } from '../support/startAccord.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');

/**
 * `npm start` builds only what is stale and runs the compiled server: a restart after a crash
 * neither rebuilds the client nor compiles TypeScript, so it is back in about a second.
 */
describe('restarts are quick', () => {
  let server: AccordProcess;

  beforeAll(() => {
    // The first build may take a while; the restarts below must not build at all.
    execFileSync(process.execPath, ['scripts/start.mjs', '--build-only'], { cwd: ROOT, stdio: 'inherit', timeout: 240_000 });
  }, 300_000);

  afterAll(async () => {
    await server?.dispose();
  });

  it('comes back after SIGKILL without building, serving the client and the same data', async () => {
    server = await startAccord({ entry: 'npmStart' });
    expect((await new ApiClient(server.url).login(ADMIN.email, ADMIN.password)).cookie).toBeTruthy();
    await server.kill();

    const started = Date.now();
    server = await startAccord({ entry: 'npmStart', dataDir: server.dataDir, port: server.port });
    const seconds = (Date.now() - started) / 1000;
    // Reported, never asserted beyond liveness: performance belongs to the benchmark.
    console.info(`restart after SIGKILL: listening again after ${seconds.toFixed(2)} s`);
    expect(server.output.some((line) => line.startsWith('Building'))).toBe(false);

    const home = await fetch(`${server.url}/`);
    expect(home.status).toBe(200);
    expect(await home.text()).toContain('<div id="root">');
    expect((await new ApiClient(server.url).login(ADMIN.email, ADMIN.password)).cookie).toBeTruthy();
  });
});
