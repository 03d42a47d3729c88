import type { TFunction } from 'i18next';
import type { VersionView } from '../../shared/api/types.ts';

/** One side of a comparison: a version, by number, or the current (live) text. */
export type ComparedText = number | 'live';

/** A side as written in the page's address (`?from=3&to=live`); null when absent or not one. */
export function parseComparedText(value: string | null): ComparedText | null {
  if (value === 'live') return 'live';
  const number = Number(value);
  return value !== null && Number.isInteger(number) && number > 0 ? number : null;
}

/** "Current text" (in `t`'s language), or "#3 · Sent to members" for a version. */
export function comparedTextLabel(side: ComparedText, versions: readonly VersionView[], t: TFunction): string {
  if (side === 'live') return t('versions:compare.current');
  const version = versions.find((candidate) => candidate.number === side);
  return version ? `#${version.number} · ${version.name}` : `#${side}`;
}
