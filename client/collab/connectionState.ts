import type { SaveState } from './SavedTracker.ts';

/** What the status pill shows: the truth about the connection and about saving. */
export type ConnectionState = 'connecting' | 'saving' | 'saved' | 'reconnecting' | 'unavailable' | 'offline' | 'read-only' | 'refused';

/** The connection without the save state: `live` means connected and synced, so saving is what remains to show. */
export type LinkState = Exclude<ConnectionState, 'saving' | 'saved'> | 'live';

export interface ConnectionFacts {
  online: boolean;
  status: 'connecting' | 'connected' | 'disconnected';
  synced: boolean;
  everSynced: boolean;
  refused: boolean;
  /** The last close was 4503: the server is temporarily unavailable, and the provider keeps retrying. */
  unavailable: boolean;
  readOnly: boolean;
}

export function linkState(facts: ConnectionFacts): LinkState {
  if (facts.refused) return 'refused';
  if (!facts.online) return 'offline';
  if (facts.unavailable && facts.status !== 'connected') return 'unavailable';
  if (facts.status !== 'connected' || !facts.synced) return facts.everSynced ? 'reconnecting' : 'connecting';
  if (facts.readOnly) return 'read-only';
  return 'live';
}

export function connectionState(link: LinkState, save: SaveState): ConnectionState {
  if (link !== 'live') return link;
  return save === 'saved' ? 'saved' : 'saving';
}
