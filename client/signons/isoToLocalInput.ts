const pad = (value: number) => String(value).padStart(2, '0');

/** An ISO moment as a `datetime-local` value in the viewer's time zone, to edit it; '' for none. */
export function isoToLocalInput(iso: string | null): string {
  if (iso === null) return '';
  const moment = new Date(iso);
  if (Number.isNaN(moment.getTime())) return '';
  return `${moment.getFullYear()}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}T${pad(moment.getHours())}:${pad(moment.getMinutes())}`;
}
