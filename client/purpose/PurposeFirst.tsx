import type { ReactNode } from 'react';
import { Navigate } from 'react-router';
import type { MeView } from '../../shared/api/types.ts';
import { purposeSeen } from './purposeSeen.ts';

/** Sends a contact whose organisation has not agreed to the Statement of Purpose there first, once per browser session. */
export function PurposeFirst({ me, children }: { me: MeView; children: ReactNode }) {
  if (me.org && !me.purpose.agreed && !purposeSeen.has(me.user.id, me.purpose.version)) {
    return <Navigate to="/purpose" replace />;
  }
  return <>{children}</>;
}
