import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import i18next from 'i18next';
import type { MeView } from '../../shared/api/types.ts';
import { ApiError } from '../api/ApiError.ts';
import { apiRequest } from '../api/apiRequest.ts';
import { changeLanguage } from '../i18n/startI18n.ts';
import { deleteOfflineCopies } from './deleteOfflineCopies.ts';

interface Session {
  /** undefined while loading, null when signed out. */
  me: MeView | null | undefined;
  refresh(): Promise<void>;
  signOut(): Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [me, setMe] = useState<MeView | null | undefined>(undefined);

  const refresh = useCallback(async () => {
    try {
      const loaded = await apiRequest<MeView>('GET', '/api/me');
      // A language saved on the account wins over this device's.
      const saved = loaded.user.language;
      if (saved != null && saved !== i18next.language) await changeLanguage(saved);
      setMe(loaded);
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) setMe(null);
      else throw error;
    }
  }, []);

  const userId = me?.user.id;
  const signOut = useCallback(async () => {
    // Signed out first, and at once: every editor unmounts and, with no user, none opens an offline copy again.
    // Later, the server's closing of this session's editors (sent before its answer to the logout) would send an
    // editor to the sign-in page and back while the user still looked signed in, re-creating a copy deleted below.
    // flushSync commits now, with the effects of that commit, so no copy opens after the deletion starts.
    flushSync(() => setMe(null));
    await apiRequest('POST', '/api/auth/logout').catch(() => undefined);
    // The service worker keeps API answers for offline use: they must not outlive the session.
    if ('caches' in window) await caches.delete('accord-api');
    // Nor may the offline statement copies, private forks included, outlive the session on a shared device (L10).
    if (userId !== undefined) await deleteOfflineCopies(userId).catch(() => undefined);
  }, [userId]);

  useEffect(() => {
    void refresh().catch(() => setMe(null));
  }, [refresh]);

  const value = useMemo(() => ({ me, refresh, signOut }), [me, refresh, signOut]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (session === null) throw new Error('useSession outside SessionProvider');
  return session;
}
