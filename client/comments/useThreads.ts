import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WebsocketProvider } from 'y-websocket';
import type { ThreadView } from '../../shared/api/types.ts';
import { MessageType } from '../../shared/collab/protocol.ts';
import { apiRequestAll } from '../api/apiRequestAll.ts';
import { threadsMessage } from '../../shared/collab/threadsMessage.ts';
import { errorMessage } from '../api/errorMessage.ts';
import { parseThreadPush } from './parseThreadPush.ts';
import { upsertThread } from './upsertThread.ts';

export interface Threads {
  /** null until the first list arrives. */
  threads: ThreadView[] | null;
  error: string | null;
  /** Puts a thread the server answered with in the list (its push may come later, or not at all). */
  upsert(thread: ThreadView): void;
}

/**
 * The comment threads of a statement the user may see, kept live: on every connection the
 * provider asks the server to push changed threads (`[threads]`) and the list is fetched again,
 * since pushes made while disconnected are lost.
 */
export function useThreads(statementId: string, provider: WebsocketProvider | null): Threads {
  const [threads, setThreads] = useState<ThreadView[] | null>(null);
  const { t } = useTranslation('comments');
  // What went wrong, kept as caught: its words are chosen at render, in the current language.
  const [failure, setFailure] = useState<{ caught: unknown } | null>(null);

  const upsert = useCallback((thread: ThreadView) => setThreads((list) => upsertThread(list ?? [], thread)), []);

  useEffect(() => {
    if (provider === null) return;
    let current = true;
    // Pushes that arrive while a list is on its way are newer than it: they win.
    let pushedDuringFetch: Map<string, ThreadView> | null = null;

    const fetchList = () => {
      const pushed = new Map<string, ThreadView>();
      pushedDuringFetch = pushed;
      // Every page: the editor marks every thread's words (bounded by ACCORD_MAX_THREADS_PER_STATEMENT).
      apiRequestAll<ThreadView>(`/api/statements/${encodeURIComponent(statementId)}/threads`).then(
        (list) => {
          if (!current) return;
          if (pushedDuringFetch === pushed) pushedDuringFetch = null;
          setThreads([...pushed.values()].reduce(upsertThread, list));
          setFailure(null);
        },
        (caught: unknown) => {
          if (current) setFailure({ caught });
        },
      );
    };

    provider.messageHandlers[MessageType.threads] = (_encoder, decoder) => {
      const thread = parseThreadPush(threadsMessage.decodePush(decoder), statementId);
      if (thread === null || !current) return;
      pushedDuringFetch?.set(thread.id, thread);
      setThreads((list) => upsertThread(list ?? [], thread));
    };
    const optIn = () => {
      provider.ws?.send(threadsMessage.encodeRequest());
      fetchList();
    };
    const handleStatus = ({ status }: { status: string }) => {
      if (status === 'connected') optIn();
    };

    provider.on('status', handleStatus);
    // Connected already, or not yet (offline: the service worker may still have the list).
    if (provider.wsconnected) optIn();
    else fetchList();
    return () => {
      current = false;
      provider.off('status', handleStatus);
    };
  }, [statementId, provider]);

  const error = failure === null ? null : errorMessage(failure.caught, t('threads.loadFailed'));
  return { threads, error, upsert };
}
