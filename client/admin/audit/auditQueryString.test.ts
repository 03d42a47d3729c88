import { describe, expect, it } from 'vitest';
import { auditQueryString } from './auditQueryString.ts';

const ANY = { action: '', actorId: '', from: '', to: '' };

describe('auditQueryString', () => {
  it('leaves out what is not filtered on', () => {
    expect(auditQueryString(ANY)).toBe('');
  });

  it('passes the action, the actor, the page and its size', () => {
    const query = new URLSearchParams(auditQueryString({ ...ANY, action: 'organisation.created', actorId: 'u1' }, { before: 42, limit: 50 }));
    expect(Object.fromEntries(query)).toEqual({ action: 'organisation.created', actorId: 'u1', before: '42', limit: '50' });
  });

  it('turns local days into a range that includes the last day', () => {
    const query = new URLSearchParams(auditQueryString({ ...ANY, from: '2026-03-01', to: '2026-03-31' }));
    expect(query.get('from')).toBe(new Date(2026, 2, 1).toISOString());
    expect(query.get('to')).toBe(new Date(2026, 3, 1).toISOString());
  });

  it('ignores a date that is not a date', () => {
    expect(auditQueryString({ ...ANY, from: 'yesterday' })).toBe('');
  });
});
