import { describe, expect, it } from 'vitest';
import { summariseDetails } from './summariseDetails.ts';

describe('summariseDetails', () => {
  it('lists the fields on one line, leaving out empty ones', () => {
    expect(summariseDetails({ email: 'a@example.org', orgId: null, role: 'contact' })).toBe('email: a@example.org · role: contact');
  });

  it('shows names for the ids it knows', () => {
    const names = new Map([['u-1', 'Bea Drafter']]);
    expect(summariseDetails({ userId: 'u-1', other: 'u-2' }, (id) => names.get(id))).toBe('userId: Bea Drafter · other: u-2');
  });

  it('shortens ids it has no name for', () => {
    expect(summariseDetails({ invitationId: '65e283d3-6a60-4216-bb96-091963f828ba' })).toBe('invitationId: 65e283d3…');
  });

  it('writes nested changes and lists compactly', () => {
    expect(summariseDetails({ changes: { name: 'Registro', country: 'ES' }, sessions: 2, ids: ['a', 'b'] })).toBe(
      'changes: {name: Registro, country: ES} · sessions: 2 · ids: a, b',
    );
  });

  it('cuts a very long summary short', () => {
    const summary = summariseDetails({ text: 'x'.repeat(1000) });
    expect(summary.length).toBe(240);
    expect(summary.endsWith('…')).toBe(true);
  });
});
