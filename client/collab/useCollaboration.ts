import { useEffect, useRef, useState } from 'react';
import { IndexeddbPersistence } from 'y-indexeddb';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { COLLAB_PATH, CloseCode, EDITOR_SCHEMA_VERSION, MessageType, SCHEMA_VERSION_PARAM } from '../../shared/collab/protocol.ts';
import { useSession } from '../auth/SessionContext.tsx';
import { linkState, type ConnectionFacts, type LinkState } from './connectionState.ts';
import { offlineDatabaseName } from './offlineDatabaseName.ts';
import { presentUsers, samePeople, type PresentUser } from './presentUsers.ts';
import { savedMessage } from '../../shared/collab/savedMessage.ts';
import { SavedTracker } from './SavedTracker.ts';
import { SaveSignal } from './SaveSignal.ts';

export interface Collaboration {
  doc: Y.Doc;
  provider: WebsocketProvider;
}

export interface CollaborationStatus {
  link: LinkState;
  save: SaveSignal;
  closeReason: string | null;
  present: PresentUser[];
}

/**
 * One statement's shared document: a Y.Doc kept in IndexedDB (edits survive reloads and offline
 * time) and synced over the y-websocket provider, with the truthful Saved state and presence.
 */
export function useCollaboration(
  statementId: string,
  handleAccessChanged: () => void,
): {
  collaboration: Collaboration | null;
  status: CollaborationStatus;
} {
  const [collaboration, setCollaboration] = useState<Collaboration | null>(null);
  const [facts, setFacts] = useState<ConnectionFacts>({
    online: navigator.onLine,
    status: 'connecting',
    synced: false,
    everSynced: false,
    refused: false,
    unavailable: false,
    readOnly: false,
  });
  const [save] = useState(() => new SaveSignal());
  const [closeReason, setCloseReason] = useState<string | null>(null);
  const [present, setPresent] = useState<PresentUser[]>([]);
  const userId = useSession().me?.user.id;
  const accessChanged = useRef(handleAccessChanged);
  accessChanged.current = handleAccessChanged;

  useEffect(() => {
    const doc = new Y.Doc();
    // No signed-in user known yet: no offline copy rather than one nobody can find at sign-out.
    const persistence = userId === undefined ? null : new IndexeddbPersistence(offlineDatabaseName(userId, statementId), doc);
    const protocol = location.protocol === 'https:' ? 'wss:' : 'ws:';
    const provider = new WebsocketProvider(`${protocol}//${location.host}${COLLAB_PATH}`, statementId, doc, {
      params: { [SCHEMA_VERSION_PARAM]: String(EDITOR_SCHEMA_VERSION) },
      connect: navigator.onLine,
    });
    // Unchanged facts keep the same object, so React skips the render (this runs on every keystroke).
    const update = (changes: Partial<ConnectionFacts>) =>
      setFacts((previous) =>
        (Object.keys(changes) as (keyof ConnectionFacts)[]).every((key) => previous[key] === changes[key]) ? previous : { ...previous, ...changes },
      );

    const tracker = new SavedTracker(
      (query) => provider.ws?.send(savedMessage.encodeQuery(query)),
      (state) => {
        save.set(state);
        update({ readOnly: tracker.readOnly });
      },
    );
    provider.messageHandlers[MessageType.saved] = (_encoder, decoder) => {
      const { queryNumber, accepted } = savedMessage.decodeAnswer(decoder);
      tracker.handleAnswer(queryNumber, accepted);
    };

    const handleDocUpdate = (_update: Uint8Array, origin: unknown) => {
      if (origin !== provider) tracker.handleLocalChange();
    };
    const handleStatus = ({ status }: { status: 'connecting' | 'connected' | 'disconnected' }) => {
      if (status !== 'connected') tracker.handleDisconnected();
      update(status === 'connected' ? { status, synced: provider.synced, unavailable: false } : { status, synced: provider.synced });
    };
    const handleSync = (synced: boolean) => {
      if (synced) tracker.handleSynced();
      update(synced ? { synced, everSynced: true } : { synced });
    };
    const handleClose = (event: CloseEvent | null) => {
      if (event === null) return;
      if (event.code === CloseCode.accessChanged.code) accessChanged.current();
      if (event.code === CloseCode.unavailable.code) update({ unavailable: true });
      if (event.code >= 4400 && event.code < 4500) {
        update({ refused: true });
        setCloseReason(event.code === CloseCode.unauthorised.code ? 'unauthorised' : event.reason || 'refused');
      }
    };
    // Awareness changes with every caret move; the page re-renders only when the people change.
    const handleAwareness = () => {
      const next = presentUsers(provider.awareness.getStates() as Map<number, Record<string, unknown>>);
      setPresent((previous) => (samePeople(previous, next) ? previous : next));
    };
    // The browser knows first when the network goes: stop trying, keep edits local, resume later.
    const handleOffline = () => {
      update({ online: false });
      provider.disconnect();
    };
    const handleOnline = () => {
      update({ online: true });
      provider.connect();
    };

    doc.on('update', handleDocUpdate);
    provider.on('status', handleStatus);
    provider.on('sync', handleSync);
    provider.on('connection-close', handleClose);
    provider.awareness.on('change', handleAwareness);
    window.addEventListener('offline', handleOffline);
    window.addEventListener('online', handleOnline);
    setCollaboration({ doc, provider });

    return () => {
      window.removeEventListener('offline', handleOffline);
      window.removeEventListener('online', handleOnline);
      provider.awareness.off('change', handleAwareness);
      doc.off('update', handleDocUpdate);
      provider.destroy();
      void persistence?.destroy();
      doc.destroy();
      setCollaboration(null);
    };
  }, [statementId, userId, save]);

  return { collaboration, status: { link: linkState(facts), save, closeReason, present } };
}
