import type { SaveState } from './SavedTracker.ts';

/** What the status pill shows: the truth about the connection and about saving. */
export type ConnectionState = 'connecting' | 'saving' | 'saved' | 'reconnecting' | 'offline' | 'read-only' | 'refused';

export interface ConnectionFacts {
  online: boolean;
  status: 'connecting' | 'connected' | 'disconnected';
  synced: boolean;
  everSynced: boolean;
  refused: boolean;
  readOnly: boolean;
  save: SaveState;
}

export function connectionState(facts: ConnectionFacts): ConnectionState {
  if (facts.refused) return 'refused';
  if (!facts.online) return 'offline';
  if (facts.status !== 'connected' || !facts.synced) return facts.everSynced ? 'reconnecting' : 'connecting';
  if (facts.readOnly) return 'read-only';
  return facts.save === 'saved' ? 'saved' : 'saving';
}
