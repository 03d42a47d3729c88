import type { MeView } from '../../shared/api/types.ts';

/** The zone dates are shown in: the user's own setting when they made one, else the browser's. */
export function viewerTimeZone(me: MeView): string {
  const chosen = (me.user as { timeZone?: unknown }).timeZone;
  return typeof chosen === 'string' && chosen.length > 0 ? chosen : Intl.DateTimeFormat().resolvedOptions().timeZone;
}
