import { describe, expect, it } from 'vitest';
import type { ThreadView } from '../../shared/api/types.ts';
import { orderThreads } from './orderThreads.ts';
import type { Placement } from './placeAnchors.ts';

/** A thread with what this test cares about overridden. */
const threadFixture = (overrides: Partial<ThreadView> & { id: string }): ThreadView => ({
  statementId: 'statement',
  kind: 'comment',
  anchorStart: 'AAAA',
  anchorEnd: 'AAAA',
  quote: 'words',
  replacement: null,
  visibility: 'coalition',
  author: { id: 'author', name: 'Ana Author', organisation: 'Registro Ejemplo' },
  status: 'open',
  orphaned: false,
  comments: [],
  events: [],
  createdAt: '2026-01-01T10:00:00.000Z',
  updatedAt: '2026-01-01T10:00:00.000Z',
  can: [],
  ...overrides,
});

describe('orderThreads', () => {
  it('orders by the words in the text, then the threads without words, oldest first', () => {
    const threads = [
      threadFixture({ id: 'gone', createdAt: '2026-01-01T09:00:00.000Z' }),
      threadFixture({ id: 'late' }),
      threadFixture({ id: 'unknown', createdAt: '2026-01-01T08:00:00.000Z' }),
      threadFixture({ id: 'early' }),
      threadFixture({ id: 'same-words-newer', createdAt: '2026-01-02T10:00:00.000Z' }),
    ];
    const placements = new Map<string, Placement>([
      ['gone', 'gone'],
      ['late', { from: 40, to: 50 }],
      ['early', { from: 3, to: 9 }],
      ['same-words-newer', { from: 40, to: 50 }],
    ]);
    expect(orderThreads(threads, placements).map((thread) => thread.id)).toEqual(['early', 'late', 'same-words-newer', 'unknown', 'gone']);
  });
});
