import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { inject } from 'vitest';
import { createTestDatabase, dropTestDatabase } from './postgres.ts';

export const ADMIN = { email: 'secretariat@example.org', password: 'correct horse battery staple' };

const ROOT = path.resolve(import.meta.dirname, '../..');

export interface AccordProcess {
  url: string;
  wsUrl: string;
  port: number;
  dataDir: string;
  /** The server's PostgreSQL database in the suite's PostgreSQL run; undefined on SQLite. */
  databaseUrl: string | undefined;
  /** Everything the server printed, for assertions on logs and for failure messages. */
  output: string[];
  /** SIGTERM and wait for a graceful exit. */
  stop(): Promise<number | null>;
  /** SIGKILL: a crash, nothing flushed on the way out. */
  kill(): Promise<void>;
  /** Starts a new server process on the same data directory and port. */
  restart(): Promise<AccordProcess>;
  /** Stops the server (if running) and deletes its data directory. */
  dispose(): Promise<void>;
}

export interface StartOptions {
  dataDir?: string;
  port?: number;
  env?: Record<string, string>;
  /** Create the first secretariat account from ACCORD_ADMIN_* (default true). */
  withAdmin?: boolean;
  /**
   * `built` (default): the compiled server, built by the test projects' global setup; `npmStart`: `npm start`'s script,
   * which checks the build first; `source`: the TypeScript through tsx.
   */
  entry?: 'built' | 'npmStart' | 'source';
}

/** Starts the real server (`server/main.ts`) in its own process, on port 0 and a temp data dir. */
export async function startAccord(options: StartOptions = {}): Promise<AccordProcess> {
  const dataDir = options.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'accord-test-'));
  // The PostgreSQL run of the suite: each new server gets its own database (a restart keeps it).
  if (process.env.ACCORD_TEST_STORE === 'postgres' && options.env?.DATABASE_URL === undefined) {
    options = { ...options, env: { ...options.env, DATABASE_URL: await createTestDatabase(inject('postgresUrl')) } };
  }
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '',
    PORT: String(options.port ?? 0),
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    LOG_LEVEL: 'info',
    ACCORD_LOGIN_ATTEMPTS: '1000',
    // Tests drive the API far faster than people; tests/security/perUserRateLimit sets its own.
    ACCORD_REQUESTS_PER_MINUTE: '100000',
    ...(options.withAdmin === false ? {} : { ACCORD_ADMIN_EMAIL: ADMIN.email, ACCORD_ADMIN_PASSWORD: ADMIN.password }),
    ...options.env,
  };
  const command = {
    built: ['dist/server/server/main.js'],
    npmStart: ['scripts/start.mjs'],
    source: ['--import', 'tsx', 'server/main.ts'],
  }[options.entry ?? 'built'];
  const child = spawn(process.execPath, command, {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  readline.createInterface({ input: child.stderr! }).on('line', (line) => output.push(line));
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output.join('\n')}`)), 30_000);
    readline.createInterface({ input: child.stdout! }).on('line', (line) => {
      output.push(line);
      try {
        const entry = JSON.parse(line) as { msg?: string; port?: number };
        if (entry.msg === 'listening' && typeof entry.port === 'number') {
          clearTimeout(timer);
          resolve(entry.port);
        }
      } catch {
        // Not a JSON log line.
      }
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code} before listening:\n${output.join('\n')}`));
    });
  });
  return processHandle(child, exited, { dataDir, port, output, options });
}

function processHandle(
  child: ChildProcess,
  exited: Promise<number | null>,
  { dataDir, port, output, options }: { dataDir: string; port: number; output: string[]; options: StartOptions },
): AccordProcess {
  const running = () => child.exitCode === null && child.signalCode === null;
  return {
    url: `http://127.0.0.1:${port}`,
    wsUrl: `ws://127.0.0.1:${port}/collab`,
    port,
    dataDir,
    databaseUrl: options.env?.DATABASE_URL,
    output,
    async stop() {
      if (running()) child.kill('SIGTERM');
      return exited;
    },
    async kill() {
      if (running()) child.kill('SIGKILL');
      await exited;
    },
    async restart() {
      if (running()) {
        child.kill('SIGTERM');
        await exited;
      }
      return startAccord({ ...options, dataDir, port });
    },
    async dispose() {
      if (running()) {
        child.kill('SIGKILL');
        await exited;
      }
      fs.rmSync(dataDir, { recursive: true, force: true });
      const databaseUrl = options.env?.DATABASE_URL;
      if (process.env.ACCORD_TEST_STORE === 'postgres' && databaseUrl !== undefined) await dropTestDatabase(inject('postgresUrl'), databaseUrl);
    },
  };
}
