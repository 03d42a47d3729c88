const withMinutes = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const withSeconds = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'medium' });

/** A moment in the reader's local time, e.g. "2 Dec 2026, 11:52"; with seconds for the audit log. */
export function formatDateTime(iso: string, { seconds = false }: { seconds?: boolean } = {}): string {
  return (seconds ? withSeconds : withMinutes).format(new Date(iso));
}
