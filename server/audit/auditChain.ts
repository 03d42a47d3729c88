import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import type { AuditEntryRecord, NewAuditEntry } from '../store/records.ts';
import type { AuditStore } from '../store/Store.ts';

/** The hash the first entry chains to. */
export const GENESIS_HASH = '0'.repeat(64);

/**
 * The hash of an entry: SHA-256 over the previous entry's hash and the entry's fields in RFC 8785
 * canonical JSON (the same bytes on every machine and after every restart). Changing, removing or
 * reordering any entry changes every hash after it.
 */
export function hashAuditEntry(previousHash: string, sequence: number, entry: NewAuditEntry): string {
  const canonical = canonicalize({
    sequence,
    at: entry.at,
    actorId: entry.actorId,
    actorEmail: entry.actorEmail,
    action: entry.action,
    subjectType: entry.subjectType,
    subjectId: entry.subjectId,
    details: entry.details,
    // Added with migration 12: hashed only when set, so every older entry's hash is unchanged.
    ...(entry.scopeOrgId ? { scopeOrgId: entry.scopeOrgId } : {}),
  });
  return createHash('sha256')
    .update(previousHash)
    .update('\n')
    .update(canonical ?? '')
    .digest('hex');
}

export interface ChainVerification {
  ok: boolean;
  checked: number;
  /** The first entry whose hash or link does not match, if any. */
  brokenAt: number | null;
}

const PAGE = 1_000;

/** Recomputes the whole chain, a page at a time. */
export async function verifyAuditChain(store: AuditStore, genesisHash: string): Promise<ChainVerification> {
  let previous: AuditEntryRecord | null = null;
  let checked = 0;
  for (;;) {
    const page = await store.scan(previous?.sequence ?? 0, PAGE);
    for (const entry of page) {
      const expectedPrevious = previous?.hash ?? genesisHash;
      const expectedSequence = (previous?.sequence ?? 0) + 1;
      if (
        entry.sequence !== expectedSequence ||
        entry.previousHash !== expectedPrevious ||
        entry.hash !== hashAuditEntry(expectedPrevious, entry.sequence, entry)
      ) {
        return { ok: false, checked, brokenAt: entry.sequence };
      }
      checked++;
      previous = entry;
    }
    if (page.length < PAGE) return { ok: true, checked, brokenAt: null };
  }
}
