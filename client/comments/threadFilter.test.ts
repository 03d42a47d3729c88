import { describe, expect, it } from 'vitest';
import type { ThreadView } from '../../shared/api/types.ts';
import { matchesThreadFilter } from './threadFilter.ts';

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

const me = 'me';
const someone = { id: 'someone', name: 'Someone', organisation: null };

describe('matchesThreadFilter', () => {
  it('puts every decided thread under Resolved and only open ones under Open', () => {
    for (const status of ['resolved', 'accepted', 'rejected'] as const) {
      const thread = threadFixture({ id: status, status, kind: status === 'resolved' ? 'comment' : 'suggestion' });
      expect(matchesThreadFilter(thread, 'resolved', me)).toBe(true);
      expect(matchesThreadFilter(thread, 'open', me)).toBe(false);
    }
    expect(matchesThreadFilter(threadFixture({ id: 'open' }), 'open', me)).toBe(true);
  });

  it('counts as mine what I started, answered or am mentioned in', () => {
    const comment = { id: 'c', author: someone, body: 'hi', mentions: [], createdAt: '', editedAt: null, deleted: false };
    expect(matchesThreadFilter(threadFixture({ id: 'a', author: { ...someone, id: me } }), 'mine', me)).toBe(true);
    expect(matchesThreadFilter(threadFixture({ id: 'b', comments: [{ ...comment, author: { ...someone, id: me } }] }), 'mine', me)).toBe(true);
    expect(matchesThreadFilter(threadFixture({ id: 'c', comments: [{ ...comment, mentions: [{ type: 'user', id: me, name: 'Me' }] }] }), 'mine', me)).toBe(
      true,
    );
    expect(
      matchesThreadFilter(threadFixture({ id: 'd', comments: [{ ...comment, mentions: [{ type: 'organisation', id: me, name: 'Org' }] }] }), 'mine', me),
    ).toBe(false);
    expect(matchesThreadFilter(threadFixture({ id: 'e', comments: [comment] }), 'mine', me)).toBe(false);
  });

  it('shows suggestions of any status under Suggestions', () => {
    expect(matchesThreadFilter(threadFixture({ id: 's', kind: 'suggestion', status: 'accepted' }), 'suggestions', me)).toBe(true);
    expect(matchesThreadFilter(threadFixture({ id: 'c' }), 'suggestions', me)).toBe(false);
  });
});
