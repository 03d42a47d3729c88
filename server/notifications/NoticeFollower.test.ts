import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { auditEntry } from '../audit/AuditLog.ts';
import { createLogger } from '../logger.ts';
import { openSqliteStore } from '../store/sqlite/openSqliteStore.ts';
import type { Store } from '../store/Store.ts';
import { NoticeFollower } from './NoticeFollower.ts';

const directories: string[] = [];
afterEach(() => {
  for (const directory of directories.splice(0)) fs.rmSync(directory, { recursive: true, force: true });
});

/** A real store whose thread lookups fail while `faults(threadId)` says so (a busy or broken database). */
function storeWithFaults(faults: (threadId: string) => boolean): Store {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'accord-follower-'));
  directories.push(directory);
  const store = openSqliteStore(directory);
  const findById = store.threads.findById.bind(store.threads);
  store.threads.findById = async (id: string) => {
    if (faults(id)) throw new Error(`database fault reading ${id}`);
    return findById(id);
  };
  return store;
}

async function followOnce(follower: NoticeFollower): Promise<void> {
  follower.nudge();
  await follower.stop();
}

const replyTo = (thread: string) =>
  auditEntry(null, 'comment.added', { type: 'statement', id: 'statement-1' }, { thread, comment: 'comment-1', channel: 'web' });

describe('NoticeFollower', () => {
  it('retries an entry whose notices failed to derive, and does not move past it meanwhile', async () => {
    let faultsLeft = 2;
    const store = storeWithFaults(() => faultsLeft-- > 0);
    const entry = await store.audit.append(replyTo('thread-1'));
    const logger = createLogger('silent');
    for (let run = 0; run < 2; run++) {
      await followOnce(new NoticeFollower(store, logger, { pollMs: 60_000 }));
      expect(await store.notices.cursor()).toBe(entry.sequence - 1);
    }
    await followOnce(new NoticeFollower(store, logger, { pollMs: 60_000 }));
    expect(await store.notices.cursor()).toBe(entry.sequence);
    await store.close();
  });

  it('skips an entry that keeps failing, so the entries after it are still followed', async () => {
    const store = storeWithFaults((threadId) => threadId === 'broken');
    await store.audit.append(replyTo('broken'));
    const after = await store.audit.append(replyTo('thread-2'));
    const follower = new NoticeFollower(store, createLogger('silent'), { pollMs: 60_000 });
    // One follower counts the attempts at the broken entry: four runs stop at it, the fifth skips it.
    for (let run = 1; run <= 4; run++) {
      follower.nudge();
      await follower.settled();
      expect(await store.notices.cursor()).toBe(0);
    }
    follower.nudge();
    await follower.settled();
    expect(await store.notices.cursor()).toBe(after.sequence);
    await follower.stop();
    await store.close();
  });
});
