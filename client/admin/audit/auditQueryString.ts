import type { AuditFilter } from './AuditFilter.ts';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The query string of GET /api/audit (and its CSV export) for a filter. Dates are the reader's
 * local days: `from` is the start of its day, and `to` (exclusive on the server) the start of the
 * day after, so the chosen last day is included.
 */
export function auditQueryString(filter: AuditFilter, { before = null, limit = null }: { before?: number | null; limit?: number | null } = {}): string {
  const query = new URLSearchParams();
  if (filter.action) query.set('action', filter.action);
  if (filter.actorId) query.set('actorId', filter.actorId);
  const from = startOfLocalDay(filter.from, 0);
  if (from) query.set('from', from);
  const to = startOfLocalDay(filter.to, 1);
  if (to) query.set('to', to);
  if (before !== null) query.set('before', String(before));
  if (limit !== null) query.set('limit', String(limit));
  return query.toString();
}

function startOfLocalDay(date: string, daysLater: number): string | null {
  const match = DATE.exec(date);
  if (!match) return null;
  return new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]) + daysLater).toISOString();
}
