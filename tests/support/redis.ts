import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { freePort } from './postgres.ts';

/** A throwaway Redis on loopback: a temp directory, a free port, no persistence. */
export interface RedisInstance {
  url: string;
  port: number;
  /** The running server's process id (for the benchmark's CPU figures). */
  pid(): number;
  /** Stops it (SIGKILL when `crash`): for tests of a lost Redis. */
  stop(crash?: boolean): Promise<void>;
  /** Starts it again on the same port, empty (as a restarted Redis without persistence is). */
  restart(): Promise<void>;
}

export const REDIS_SERVER = '/usr/bin/redis-server';

function waitForPort(port: number, server: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 20_000;
  return new Promise((resolve, reject) => {
    const attempt = () => {
      if (server.exitCode !== null) return reject(new Error(`redis-server exited with ${server.exitCode}:\n${log()}`));
      const socket = net.connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.destroy();
        resolve();
      });
      socket.once('error', () => {
        socket.destroy();
        if (Date.now() > deadline) reject(new Error(`redis-server did not listen within 20 s:\n${log()}`));
        else setTimeout(attempt, 50);
      });
    };
    attempt();
  });
}

/** Starts redis-server (Debian's `redis-server` package; scripts/ensureRedis.ts installs it). */
export async function startRedis(): Promise<RedisInstance> {
  if (!fs.existsSync(REDIS_SERVER)) throw new Error('Redis is not installed: run `apt-get install redis-server` (npm test does it when it can)');
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'accord-redis-'));
  const port = await freePort();
  let server: ChildProcess;
  let exited: Promise<void>;
  const output: string[] = [];
  const launch = async () => {
    fs.mkdirSync(directory, { recursive: true });
    server = spawn(REDIS_SERVER, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', directory], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    server.stdout?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    server.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    exited = new Promise((resolve) => server.once('exit', () => resolve()));
    await waitForPort(port, server, () => output.join(''));
  };
  await launch();
  let stopped = false;
  const stop = async (crash = false) => {
    if (server.exitCode === null && server.signalCode === null) server.kill(crash ? 'SIGKILL' : 'SIGTERM');
    await exited;
    stopped = true;
    fs.rmSync(directory, { recursive: true, force: true });
  };
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    pid: () => server.pid ?? 0,
    stop,
    async restart() {
      if (!stopped) await stop();
      stopped = false;
      await launch();
    },
  };
}
