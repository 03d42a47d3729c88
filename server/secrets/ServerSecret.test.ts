import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../store/sqlite/openSqliteStore.ts';
import { ServerSecret } from './ServerSecret.ts';

const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'accord-secret-'));
afterAll(() => fs.rmSync(directory, { recursive: true, force: true }));

describe('ServerSecret', () => {
  it('signs alike after a restart, and refuses altered values and other purposes', async () => {
    const first = openSqliteStore(directory);
    const signed = (await ServerSecret.load(first.secrets)).sign('reply', 'thread-1.user-2');
    await first.close();
    const second = openSqliteStore(directory);
    const secret = await ServerSecret.load(second.secrets);
    expect(secret.verify('reply', signed)).toBe('thread-1.user-2');
    expect(secret.verify('unsubscribe', signed)).toBeNull();
    expect(secret.verify('reply', signed.replace('user-2', 'user-3'))).toBeNull();
    expect(secret.verify('reply', `${signed.slice(0, -1)}A`)).toBeNull();
    expect(secret.verify('reply', 'no-signature')).toBeNull();
    await second.close();
  });
});
