import { describe, expect, it } from 'vitest';
import { canSeeThread } from './threadVisibility.ts';

const member = { userId: 'm', orgId: 'org-a', secretariat: false };
const colleague = { userId: 'c', orgId: 'org-a', secretariat: false };
const stranger = { userId: 's', orgId: 'org-b', secretariat: false };
const secretariat = { userId: 'x', orgId: null, secretariat: true };

describe('canSeeThread', () => {
  it('shows coalition threads to every reader', () => {
    const thread = { visibility: 'coalition' as const, authorId: 'm', orgId: 'org-a' };
    expect([member, colleague, stranger, secretariat].every((viewer) => canSeeThread(viewer, thread))).toBe(true);
  });

  it('keeps organisation threads within the organisation, even from the secretariat', () => {
    const thread = { visibility: 'organisation' as const, authorId: 'm', orgId: 'org-a' };
    expect(canSeeThread(colleague, thread)).toBe(true);
    expect(canSeeThread(stranger, thread)).toBe(false);
    expect(canSeeThread(secretariat, thread)).toBe(false);
  });

  it('shows secretariat threads to their author and the secretariat only', () => {
    const thread = { visibility: 'secretariat' as const, authorId: 'm', orgId: 'org-a' };
    expect(canSeeThread(member, thread)).toBe(true);
    expect(canSeeThread(colleague, thread)).toBe(false);
    expect(canSeeThread(secretariat, thread)).toBe(true);
  });

  it('hides organisation threads from their author once the author belongs to another organisation (L13)', () => {
    const thread = { visibility: 'organisation' as const, authorId: 'm', orgId: 'org-a' };
    expect(canSeeThread(member, thread)).toBe(true);
    expect(canSeeThread({ ...member, orgId: 'org-b' }, thread)).toBe(false);
    expect(canSeeThread({ ...member, orgId: null }, thread)).toBe(false);
  });
});
