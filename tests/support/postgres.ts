import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';

/** A throwaway PostgreSQL cluster on loopback: a temp directory, a free port, no password (trust). */
export interface PostgresInstance {
  /** `postgres://accord@127.0.0.1:<port>/postgres`: the maintenance database. */
  url: string;
  /** Creates an empty database and returns its URL. */
  createDatabase(name?: string): Promise<string>;
  /** The postmaster's process id (its backends are its children): for the benchmark's CPU figures. */
  pid: number;
  stop(): Promise<void>;
}

let counter = 0;

/** The folder with initdb and postgres (Debian keeps them out of PATH). */
export function postgresBinaries(): string | null {
  const base = '/usr/lib/postgresql';
  if (!fs.existsSync(base)) return null;
  const versions = fs
    .readdirSync(base)
    .filter((name) => fs.existsSync(path.join(base, name, 'bin', 'postgres')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] === undefined ? null : path.join(base, versions[0], 'bin');
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/**
 * PostgreSQL refuses to run as root: as root, its commands run as the `postgres` system user.
 * setpriv execs in place, so the server is our child itself and gets our signals.
 */
function asOwner(command: string, args: string[]): [string, string[]] {
  return process.getuid?.() === 0 ? ['setpriv', ['--reuid=postgres', '--regid=postgres', '--init-groups', '--', command, ...args]] : [command, args];
}

async function waitUntilReady(bin: string, port: number, socketDir: string, server: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`PostgreSQL exited with ${server.exitCode}:\n${log()}`);
    try {
      execFileSync(path.join(bin, 'pg_isready'), ['-h', '127.0.0.1', '-p', String(port), '-q'], { stdio: 'ignore' });
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new Error(`PostgreSQL did not accept connections within 30 s (socket dir ${socketDir}):\n${log()}`);
}

/**
 * Starts a fresh cluster, tuned for tests unless `durable` (no fsync: a crashed test cluster is thrown
 * away anyway; the benchmark asks for a durable one, as SQLite's figures are with fsync).
 * Needs Debian's `postgresql` package (scripts/ensurePostgres.ts installs it).
 */
export async function startPostgres({ durable = false }: { durable?: boolean } = {}): Promise<PostgresInstance> {
  const bin = postgresBinaries();
  if (bin === null) throw new Error('PostgreSQL is not installed: run `apt-get install postgresql` (npm test does it when it can)');
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'accord-pg-'));
  fs.chmodSync(directory, 0o777);
  const dataDir = path.join(directory, 'data');
  if (process.getuid?.() === 0) execFileSync('chown', ['postgres', directory]);
  const [initdb, initArgs] = asOwner(path.join(bin, 'initdb'), ['-D', dataDir, '-U', 'accord', '-A', 'trust', '-E', 'UTF8', '--no-sync', '--locale=C']);
  execFileSync(initdb, initArgs, { stdio: 'ignore' });
  const port = await freePort();
  const [postgres, args] = asOwner(path.join(bin, 'postgres'), [
    '-D',
    dataDir,
    '-p',
    String(port),
    '-k',
    directory,
    '-c',
    'listen_addresses=127.0.0.1',
    ...(durable ? [] : ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off']),
    '-c',
    'max_connections=300',
  ]);
  const output: string[] = [];
  const server = spawn(postgres, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  server.stdout?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  server.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  const exited = new Promise<void>((resolve) => server.once('exit', () => resolve()));
  await waitUntilReady(bin, port, directory, server, () => output.join(''));
  const url = `postgres://accord@127.0.0.1:${port}/postgres`;
  return {
    url,
    pid: server.pid ?? 0,
    async createDatabase(name = `accord_${process.pid}_${++counter}_${Date.now().toString(36)}`) {
      execFileSync(path.join(bin, 'createdb'), ['-h', '127.0.0.1', '-p', String(port), '-U', 'accord', name], { stdio: 'ignore' });
      return `postgres://accord@127.0.0.1:${port}/${name}`;
    },
    async stop() {
      // SIGINT: PostgreSQL's fast shutdown.
      if (server.exitCode === null) server.kill('SIGINT');
      await exited;
      fs.rmSync(directory, { recursive: true, force: true });
    },
  };
}

/** A fresh database on the cluster behind `maintenanceUrl`; returns its URL. */
export async function createTestDatabase(maintenanceUrl: string): Promise<string> {
  const name = `accord_${process.pid}_${++counter}_${Date.now().toString(36)}`;
  const client = new pg.Client({ connectionString: maintenanceUrl });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
  const url = new URL(maintenanceUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Drops a database createTestDatabase made (its server has stopped). */
export async function dropTestDatabase(maintenanceUrl: string, databaseUrl: string): Promise<void> {
  const name = new URL(databaseUrl).pathname.slice(1);
  if (!/^accord_[a-z0-9_]+$/.test(name)) throw new Error(`not a test database: ${name}`);
  const client = new pg.Client({ connectionString: maintenanceUrl });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  } finally {
    await client.end();
  }
}
