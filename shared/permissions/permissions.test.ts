import { describe, expect, it } from 'vitest';
import { can } from './permissions.ts';

describe('can', () => {
  it('allows an action when any role allows it', () => {
    expect(can(new Set(['contact', 'member', 'drafter']), 'statement.editText')).toBe(true);
  });

  it('refuses an action no role allows', () => {
    expect(can(new Set(['contact', 'member', 'signatory']), 'statement.editText')).toBe(false);
    expect(can(new Set(['anonymous']), 'statement.read')).toBe(false);
  });

  it('lets only the secretariat create statements', () => {
    expect(can(new Set(['secretariat']), 'statement.create')).toBe(true);
    expect(can(new Set(['drafter', 'member']), 'statement.create')).toBe(false);
  });

  it('lets a contact whose organisation has not agreed only read and agree', () => {
    const notAgreed = new Set(['contact'] as const);
    expect(can(notAgreed, 'statement.read')).toBe(true);
    expect(can(notAgreed, 'organisation.agreePurpose')).toBe(true);
    expect(can(notAgreed, 'statement.comment')).toBe(false);
    expect(can(notAgreed, 'statement.fork')).toBe(false);
    expect(can(notAgreed, 'statement.sign')).toBe(false);
  });
});
