/** A time as Word writes it in w:date: ISO 8601 to the second, in UTC. */
export function wordDate(iso: string): string {
  return new Date(iso).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
