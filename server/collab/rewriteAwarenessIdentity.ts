import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { collabLimits } from './collabLimits.ts';
import { assertFullyRead } from './frames.ts';

/** Who a connection is, as the server knows it; clients cannot claim anything else. */
export interface AwarenessIdentity {
  id: string;
  name: string;
  color: string;
}

/**
 * The stock provider sends every presence change it hears back to the server (an echo), so one frame
 * may carry everyone's entries: as many as the document has collaborators. Entries that are not the
 * connection's own are skipped unparsed, so the work stays bounded by the frame's size.
 */
const MAX_ENTRIES = 4_096;
/** Bigger raw states are dropped unparsed: even with the claimed identity removed they would be over the cap. */
const MAX_RAW_STATE_CHARS = 4 * collabLimits.awarenessStateBytes;

/**
 * Rewrites an awareness update so that every state carries the connection's own identity, and
 * drops entries for client ids the connection may not speak for and states over
 * collabLimits.awarenessStateBytes (every peer stores and re-sends them). Returns null when nothing is left.
 * Throws on a malformed update.
 */
export function rewriteAwarenessIdentity(
  update: Uint8Array,
  identity: AwarenessIdentity,
  mayUseClientId: (clientId: number, clock: number) => boolean,
): Uint8Array | null {
  const decoder = decoding.createDecoder(update);
  const count = decoding.readVarUint(decoder);
  if (count > MAX_ENTRIES) throw new Error('too many awareness entries');
  const entries: { clientId: number; clock: number; state: string }[] = [];
  for (let index = 0; index < count; index++) {
    const clientId = decoding.readVarUint(decoder);
    const clock = decoding.readVarUint(decoder);
    const rawState = decoding.readVarString(decoder);
    if (rawState.length > MAX_RAW_STATE_CHARS || !mayUseClientId(clientId, clock)) continue;
    const state: unknown = JSON.parse(rawState);
    if (state === null) {
      entries.push({ clientId, clock, state: 'null' });
    } else if (typeof state === 'object' && !Array.isArray(state)) {
      const rewritten = JSON.stringify({ ...state, user: identity });
      if (Buffer.byteLength(rewritten) <= collabLimits.awarenessStateBytes) entries.push({ clientId, clock, state: rewritten });
    }
  }
  assertFullyRead(decoder);
  if (entries.length === 0) return null;
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, entries.length);
  for (const entry of entries) {
    encoding.writeVarUint(encoder, entry.clientId);
    encoding.writeVarUint(encoder, entry.clock);
    encoding.writeVarString(encoder, entry.state);
  }
  return encoding.toUint8Array(encoder);
}
