/** The browser's own IANA zone (UTC when it cannot tell). */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** Every IANA zone the browser knows, for time-zone selects, with UTC and `selected` always there. */
export function timeZones(selected: string = browserTimeZone()): string[] {
  const known = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return [...new Set([...known, 'UTC', selected])].sort();
}
