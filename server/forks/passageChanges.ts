import type { UpstreamView } from '../../shared/api/types.ts';
import { passages, withDoc } from './paragraphIdentity.ts';

export type PassageChange = UpstreamView['changes'][number];

/**
 * What upstream changed since the fork last pulled, passage by passage and by identity: changed
 * (the same paragraph, other words), added (a paragraph upstream made), removed (one it deleted).
 * Changes the fork already pulled one at a time, to the same words, are left out.
 */
export function passageChanges(
  pulledState: Uint8Array,
  upstreamState: Uint8Array,
  alreadyPulled: readonly { passageKey: string; afterText: string }[],
): PassageChange[] {
  const before = new Map(withDoc(pulledState, passages).map(({ key, content }) => [key, content]));
  const now = withDoc(upstreamState, passages);
  const nowKeys = new Set(now.map(({ key }) => key));
  const changes: PassageChange[] = [];
  for (const { key, content } of now) {
    const old = before.get(key);
    if (old === undefined) {
      if (content !== '') changes.push({ key, kind: 'added', before: '', after: content });
    } else if (old !== content) changes.push({ key, kind: 'changed', before: old, after: content });
  }
  for (const [key, content] of before) {
    if (!nowKeys.has(key) && content !== '') changes.push({ key, kind: 'removed', before: content, after: '' });
  }
  const pulled = new Map(alreadyPulled.map((entry) => [entry.passageKey, entry.afterText]));
  return changes.filter((change) => pulled.get(change.key) !== change.after);
}
