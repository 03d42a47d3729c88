import { describe, expect, it } from 'vitest';
import { type Revocation, revocationSchema } from './Revocation.ts';

describe('revocationSchema', () => {
  it('reads back every kind of revocation as it was written', () => {
    const revocations: Revocation[] = [
      { kind: 'closeSessions', sessionIdHashes: ['a1', 'b2'] },
      { kind: 'closeUser', userId: 'user-1' },
      { kind: 'reconnectUserToStatement', statementId: 'statement-1', userId: 'user-1' },
      { kind: 'reconnectStatement', statementId: 'statement-1' },
      { kind: 'recheckStatement', statementId: 'statement-1' },
      { kind: 'recheckUser', userId: 'user-1' },
      { kind: 'recheckEveryone' },
    ];
    for (const revocation of revocations) expect(revocationSchema.parse(JSON.parse(JSON.stringify(revocation)))).toEqual(revocation);
  });

  it('refuses unknown kinds, missing ids and extra fields (a message never carries more than ids)', () => {
    for (const message of [
      { kind: 'closeEverything' },
      { kind: 'closeUser' },
      { kind: 'closeUser', userId: '' },
      { kind: 'closeSessions', sessionIdHashes: ['a1'], token: 'secret' },
      { kind: 'recheckEveryone', userId: 'user-1' },
      null,
    ]) {
      expect(revocationSchema.safeParse(message).success).toBe(false);
    }
  });
});
