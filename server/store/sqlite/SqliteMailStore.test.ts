import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OutgoingMail } from '../../mail/OutgoingMail.ts';
import type { Store } from '../Store.ts';
import { openSqliteStore } from './openSqliteStore.ts';

const mail = (key: string): OutgoingMail => ({ key, to: 'a@example.org', userId: null, subject: 'Hello', text: 'Hi', html: '<p>Hi</p>' });

describe('the durable mail queue', () => {
  let directory: string;
  let store: Store;

  beforeEach(() => {
    directory = fs.mkdtempSync(path.join(os.tmpdir(), 'accord-mail-store-'));
    store = openSqliteStore(directory);
  });

  afterEach(async () => {
    await store.close();
    fs.rmSync(directory, { recursive: true, force: true });
  });

  it('records a key once, refuses unsafe keys, and hands each due mail to one claimer', async () => {
    expect(await store.mail.enqueue(mail('one'), '2026-01-01T00:00:00.000Z')).toBe(true);
    expect(await store.mail.enqueue({ ...mail('one'), subject: 'Changed' }, '2026-01-01T00:00:01.000Z')).toBe(false);
    expect((await store.mail.findByKey('one'))?.subject).toBe('Hello');
    await expect(store.mail.enqueue(mail('bad key@x'), '2026-01-01T00:00:00.000Z')).rejects.toThrow(/Message-ID/);

    const claimed = await store.mail.claimNext('2026-01-01T00:00:05.000Z');
    expect(claimed).toMatchObject({ key: 'one', status: 'sending' });
    expect(await store.mail.claimNext('2026-01-01T00:00:05.000Z')).toBeNull();

    await store.mail.markAttemptFailed(claimed!.id, '451 busy', '2026-01-01T00:01:00.000Z');
    expect(await store.mail.claimNext('2026-01-01T00:00:30.000Z')).toBeNull();
    const again = await store.mail.claimNext('2026-01-01T00:01:00.000Z');
    expect(again).toMatchObject({ attempts: 1, lastError: '451 busy' });
    // A crash mid-send: queued again at the next start.
    expect(await store.mail.requeueInterrupted()).toBe(1);
    const third = await store.mail.claimNext('2026-01-01T00:02:00.000Z');
    await store.mail.markSent(third!.id, '2026-01-01T00:02:01.000Z');
    expect(await store.mail.claimNext('2099-01-01T00:00:00.000Z')).toBeNull();
    expect(await store.mail.list({ status: 'sent', limit: 10 })).toEqual([
      expect.objectContaining({ key: 'one', attempts: 2, sentAt: '2026-01-01T00:02:01.000Z', lastError: null }),
    ]);

    const last = await store.mail.claimNext('2099-01-01T00:00:00.000Z');
    expect(last).toBeNull();
    await store.mail.enqueue(mail('two'), '2026-01-02T00:00:00.000Z');
    const two = await store.mail.claimNext('2026-01-02T00:00:00.000Z');
    await store.mail.markAttemptFailed(two!.id, 'gave up', null);
    expect((await store.mail.findById(two!.id))?.status).toBe('failed');
    expect((await store.mail.list({ limit: 1 })).map((queued) => queued.key)).toEqual(['two']);
    expect((await store.mail.list({ limit: 10, before: two!.id })).map((queued) => queued.key)).toEqual(['one']);
  });
});
