const MAX_LENGTH = 240;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * An audit entry's details on one line ("email: a@b.org · role: contact"), with ids replaced by
 * the names we know and other ids shortened; the full JSON stays in the tooltip and the CSV export.
 */
export function summariseDetails(details: Record<string, unknown>, nameOf: (id: string) => string | undefined = () => undefined): string {
  const summary = Object.entries(details)
    .filter(([, value]) => value !== null && value !== undefined)
    .map(([key, value]) => `${key}: ${describe(value, nameOf)}`)
    .join(' · ');
  return summary.length > MAX_LENGTH ? `${summary.slice(0, MAX_LENGTH - 1)}…` : summary;
}

function describe(value: unknown, nameOf: (id: string) => string | undefined): string {
  if (typeof value === 'string') return nameOf(value) ?? (UUID.test(value) ? `${value.slice(0, 8)}…` : value);
  if (Array.isArray(value)) return value.map((item) => describe(item, nameOf)).join(', ');
  if (typeof value === 'object' && value !== null) {
    const fields = Object.entries(value).filter(([, field]) => field !== null && field !== undefined);
    return `{${fields.map(([key, field]) => `${key}: ${describe(field, nameOf)}`).join(', ')}}`;
  }
  return String(value);
}
