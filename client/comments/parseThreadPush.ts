import type { ThreadView } from '../../shared/api/types.ts';

/** A pushed thread of this statement, or null for anything that does not look like one. */
export function parseThreadPush(json: string, statementId: string): ThreadView | null {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const thread = value as Partial<Record<keyof ThreadView, unknown>>;
  const looksRight =
    typeof thread.id === 'string' &&
    thread.statementId === statementId &&
    (thread.kind === 'comment' || thread.kind === 'suggestion') &&
    typeof thread.anchorStart === 'string' &&
    typeof thread.anchorEnd === 'string' &&
    typeof thread.quote === 'string' &&
    Array.isArray(thread.comments) &&
    Array.isArray(thread.events);
  return looksRight ? (value as ThreadView) : null;
}
