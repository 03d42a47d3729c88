import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { readProcessStats, type ProcessStats } from '../procStats.ts';
import { startClusterBenchServer } from './clusterServer.ts';

export type ServerKind = 'relay' | 'y-websocket' | 'hocuspocus' | 'hocuspocus-sqlite' | 'accord' | 'accord-cluster';

/** Floor first, then the peers, then Accord: one process on SQLite, then three on PostgreSQL and Redis. */
export const SERVER_KINDS: ServerKind[] = ['relay', 'y-websocket', 'hocuspocus', 'hocuspocus-sqlite', 'accord', 'accord-cluster'];

export const PEERS: ServerKind[] = ['y-websocket', 'hocuspocus', 'hocuspocus-sqlite'];

/** What a client needs to reach a document on a server. */
export interface ServerTarget {
  kind: ServerKind;
  /** Websocket base URL; the room (document) name is appended or passed to the provider. */
  wsUrl: string;
  /** Every process serving the documents (one, except for a cluster): clients spread over them. */
  wsUrls: string[];
  cookie: string | null;
}

export interface BenchServer {
  kind: ServerKind;
  target: ServerTarget;
  httpUrl: string;
  stats(): ProcessStats;
  /** Names of `count` documents clients can open (Accord creates statements through its API). */
  rooms(count: number): Promise<string[]>;
  /** Stops gracefully and starts again on the same port and data; null when the server keeps nothing. */
  restart(): Promise<BenchServer | null>;
  stop(): Promise<void>;
}

const ROOT = path.resolve(import.meta.dirname, '../..');
const ADMIN = { email: 'bench@example.org', password: 'benchmark password' };

function command(kind: ServerKind): string[] {
  switch (kind) {
    case 'relay':
      return ['bench/servers/relayServer.ts'];
    case 'y-websocket':
      return ['bench/servers/yWebsocketServer.ts'];
    case 'hocuspocus':
    case 'hocuspocus-sqlite':
      return ['bench/servers/hocuspocusServer.ts'];
    case 'accord':
    case 'accord-cluster':
      return ['server/main.ts'];
  }
}

export interface StartOptions {
  /** The data and port of a server stopped before, to start it again. */
  reuse?: { dataDir: string; port: number };
  /** More environment (a cluster's DATABASE_URL and REDIS_URL). */
  env?: Record<string, string>;
}

export async function startBenchServer(kind: ServerKind, options: StartOptions = {}): Promise<BenchServer> {
  if (kind === 'accord-cluster') return startClusterBenchServer(startBenchServer);
  const { reuse } = options;
  const dataDir = reuse?.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), `accord-bench-${kind}-`));
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '',
    PORT: String(reuse?.port ?? 0),
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    // Accord's `listening` line is logged at info; request logs stay few (the bench uses sockets).
    LOG_LEVEL: 'info',
    ACCORD_ADMIN_EMAIL: ADMIN.email,
    ACCORD_ADMIN_PASSWORD: ADMIN.password,
    ACCORD_LOGIN_ATTEMPTS: '100000',
    ACCORD_UNLOAD_AFTER_MS: '2000',
    // One signed-in account opens every bench client: lift the per-user socket cap.
    ACCORD_MAX_CONNECTIONS_PER_USER: '100000',
    ACCORD_MAX_CONNECTIONS_PER_STATEMENT: '100000',
    ACCORD_SQLITE_SYNCHRONOUS: process.env.ACCORD_SQLITE_SYNCHRONOUS ?? 'full',
    ...options.env,
  };
  if (kind === 'hocuspocus-sqlite') env.SQLITE_PATH = path.join(dataDir, 'hocuspocus.sqlite');
  // BENCH_PROFILE_DIR=dir writes a V8 CPU profile of every server process there (bench/NOTES.md).
  const profile = process.env.BENCH_PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE_DIR}`] : [];
  const child: ChildProcess = spawn(process.execPath, [...profile, '--import', 'tsx', ...command(kind)], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${kind} did not start`));
    }, 30_000);
    readline.createInterface({ input: child.stdout! }).on('line', (line) => {
      if (process.env.BENCH_SERVER_LOG) process.stderr.write(`${line}\n`);
      if (!line.includes('"listening"')) return;
      clearTimeout(timer);
      resolve((JSON.parse(line) as { port: number }).port);
    });
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  let cookie: string | null = null;
  if (kind === 'accord') {
    const login = await fetch(`${baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(ADMIN),
    });
    cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? null;
  }
  const wsUrl = kind === 'accord' ? `ws://127.0.0.1:${port}/collab` : `ws://127.0.0.1:${port}`;
  const stop = async () => {
    child.kill('SIGTERM');
    await exited;
  };
  return {
    kind,
    target: { kind, wsUrl, wsUrls: [wsUrl], cookie },
    httpUrl: baseUrl,
    stats: () => readProcessStats(child.pid!),
    async rooms(count) {
      if (kind !== 'accord') return Array.from({ length: count }, (_, index) => `bench-${Date.now()}-${index}`);
      const ids: string[] = [];
      for (let index = 0; index < count; index++) {
        const response = await fetch(`${baseUrl}/api/statements`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', cookie: cookie ?? '' },
          body: JSON.stringify({ title: `Bench ${index}` }),
        });
        ids.push(((await response.json()) as { id: string }).id);
      }
      return ids;
    },
    async restart() {
      if (kind === 'relay' || kind === 'y-websocket' || kind === 'hocuspocus') return null;
      await stop();
      return startBenchServer(kind, { reuse: { dataDir, port }, env: options.env });
    },
    async stop() {
      await stop();
      if (!reuse) fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
