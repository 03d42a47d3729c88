import { z } from 'zod';

const id = z.string().min(1).max(200);

/**
 * Something that ends or re-decides open collaboration sockets, as a value: the process that decides
 * it runs it on its own sockets and publishes it, and every other process runs the same on theirs
 * (server/scale/RevocationRelay). Each is idempotent, so a duplicate or a late copy is harmless.
 * It names sessions by the hash of their id (what the store keys them by), never by their token.
 */
export const revocationSchema = z.discriminatedUnion('kind', [
  /** Sessions ended (sign-out, sign-out everywhere, revoked, expired, password changed): close for good (4401). */
  z.strictObject({ kind: z.literal('closeSessions'), sessionIdHashes: z.array(id).max(100_000) }),
  /** An account removed or its password reset: every socket of theirs closes for good (4401). */
  z.strictObject({ kind: z.literal('closeUser'), userId: id }),
  /** Someone's rights on one statement changed (drafter added or removed): their editors reconnect (4100). */
  z.strictObject({ kind: z.literal('reconnectUserToStatement'), statementId: id, userId: id }),
  /** A statement's stage changed: every editor of it reconnects (4100). */
  z.strictObject({ kind: z.literal('reconnectStatement'), statementId: id }),
  /** What the statement policy depends on changed (sharing): its sockets are decided again. */
  z.strictObject({ kind: z.literal('recheckStatement'), statementId: id }),
  /** A role changed: that user's sockets are decided again. */
  z.strictObject({ kind: z.literal('recheckUser'), userId: id }),
  /** A new Statement of Purpose, or revocations possibly missed: every socket is decided again. */
  z.strictObject({ kind: z.literal('recheckEveryone') }),
]);

export type Revocation = z.infer<typeof revocationSchema>;

/** Where a process sends the revocations it decides, for the other processes (nothing without REDIS_URL). */
export interface RevocationPublisher {
  publish(revocation: Revocation): void;
}
