import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { PageLoading } from '../layout/PageLoading.tsx';
import type { MeView } from '../../shared/api/types.ts';
import { useSession } from './SessionContext.tsx';

/** Renders its children with the signed-in user, or sends the visitor to sign in and back. */
export function RequireSession({ children }: { children: (me: MeView) => ReactNode }) {
  const { me } = useSession();
  const location = useLocation();
  if (me === undefined) return <PageLoading />;
  if (me === null) {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={`/login?next=${encodeURIComponent(next)}`} replace />;
  }
  return <>{children(me)}</>;
}
