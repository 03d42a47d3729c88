import { describe, expect, it } from 'vitest';
import { type ConnectionFacts, linkState } from './connectionState.ts';

const facts = (changes: Partial<ConnectionFacts>): ConnectionFacts => ({
  online: true,
  status: 'connected',
  synced: true,
  everSynced: true,
  refused: false,
  unavailable: false,
  readOnly: false,
  ...changes,
});

describe('linkState', () => {
  it('says the server is unavailable after a 4503 until the provider is connected again', () => {
    expect(linkState(facts({ status: 'connecting', synced: false, unavailable: true }))).toBe('unavailable');
    expect(linkState(facts({ status: 'connected', unavailable: true }))).toBe('live');
    expect(linkState(facts({ status: 'connecting', synced: false }))).toBe('reconnecting');
  });
});
