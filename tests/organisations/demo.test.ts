import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEMO_ORGANISATIONS, DEMO_PASSWORD, DEMO_SECRETARIAT, DEMO_STATEMENTS } from '../../scripts/demo/coalition.ts';
import { ApiClient } from '../support/ApiClient.ts';
import { waitFor } from '../support/waitFor.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');

describe('npm run demo', () => {
  const realDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'accord-real-data-'));
  fs.writeFileSync(path.join(realDataDir, 'keep.txt'), 'real data');
  let child: ChildProcess | null = null;

  afterAll(() => {
    child?.kill('SIGKILL');
    fs.rmSync(realDataDir, { recursive: true, force: true });
  });

  it('seeds a coalition on a temporary data dir, prints the logins, and never touches DATA_DIR', async () => {
    let output = '';
    child = spawn(process.execPath, ['--import', 'tsx', 'scripts/demo.ts'], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', PORT: '0', DATA_DIR: realDataDir },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    await waitFor(() => output.includes('Demo logins'), { timeoutMs: 60_000, message: `the demo logins (output so far: ${output.slice(-500)})` });

    const url = /Accord demo on (http:\/\/127\.0\.0\.1:\d+)/.exec(output)![1]!;
    const demoDir = /data in (\S+),/.exec(output)![1]!;
    expect(demoDir).not.toBe(realDataDir);
    expect(fs.readdirSync(realDataDir)).toEqual(['keep.txt']);
    for (const organisation of DEMO_ORGANISATIONS) for (const contact of organisation.contacts) expect(output).toContain(contact.email);

    const secretariat = await new ApiClient(url).login(DEMO_SECRETARIAT[0]!.email, DEMO_PASSWORD);
    const organisations = await secretariat.get<{ name: string; category: string; kind: string; country: string; contactCount: number }[]>('/api/orgs');
    expect(organisations.body.map((organisation) => organisation.name).sort()).toEqual(DEMO_ORGANISATIONS.map((organisation) => organisation.name).sort());
    expect(new Set(organisations.body.map((organisation) => organisation.kind)).size).toBeGreaterThanOrEqual(5);
    expect(new Set(organisations.body.map((organisation) => organisation.category))).toEqual(new Set(['member', 'supporter']));
    expect(organisations.body.every((organisation) => organisation.contactCount >= 1)).toBe(true);
    const statements = await secretariat.get<{ title: string; stage: string; slug: string }[]>('/api/statements');
    expect(statements.body.map((statement) => [statement.title, statement.stage]).sort()).toEqual(
      DEMO_STATEMENTS.map((statement) => [statement.title, statement.stage]).sort(),
    );
    const published = statements.body.find((statement) => statement.stage === 'published')!;
    const page = await new ApiClient(url, null).request('GET', `/p/${published.slug}`);
    expect(page.status).toBe(200);
    expect(String(page.body)).toContain('Signed by 3 organisations');

    // Every printed login works.
    const contact = DEMO_ORGANISATIONS[0]!.contacts[1]!;
    const me = await (await new ApiClient(url).login(contact.email, DEMO_PASSWORD)).get<{ org: { name: string }; purpose: { agreed: boolean } }>('/api/me');
    expect(me.body).toMatchObject({ org: { name: DEMO_ORGANISATIONS[0]!.name }, purpose: { agreed: true } });

    child.kill('SIGTERM');
    await waitFor(() => child!.exitCode !== null, { timeoutMs: 15_000, message: 'the demo to stop' });
    expect(fs.existsSync(demoDir)).toBe(false);
    expect(fs.readdirSync(realDataDir)).toEqual(['keep.txt']);
  });
});
