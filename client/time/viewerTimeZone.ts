import type { MeView } from '../../shared/api/types.ts';
import { browserTimeZone } from './timeZones.ts';

/** The zone dates are shown in: the user's own setting when they made one, else the browser's. */
export function viewerTimeZone(me: MeView): string {
  return me.user.timeZone ?? browserTimeZone();
}
