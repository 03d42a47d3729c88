import type { MeView } from '../../shared/api/types.ts';

/**
 * The time zone dates are shown in: the one the user chose (when their account has one), else
 * the browser's.
 */
export function userTimeZone(me: MeView): string | undefined {
  const chosen = (me.user as { timeZone?: unknown }).timeZone;
  if (typeof chosen !== 'string' || chosen === '') return undefined;
  try {
    new Intl.DateTimeFormat(undefined, { timeZone: chosen });
    return chosen;
  } catch {
    return undefined;
  }
}

/** "2 Dec 2026, 11:52 CET" in the given zone (the browser's when undefined). */
export function formatInZone(iso: string, timeZone: string | undefined): string {
  return new Intl.DateTimeFormat(undefined, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
    timeZoneName: 'short',
  }).format(new Date(iso));
}
