/** Only what the index has as words: letters, digits and combining marks (as server/search/searchWords keeps). */
const NOT_WORD = /[^\p{L}\p{N}\p{M}]+/gu;

/**
 * Every word as a quoted prefix term, all required (`'clim':* & 'fund':*`), in to_tsquery's syntax.
 * Words are sanitised to letters, digits and marks first, so none is ever read as an operator;
 * null when no word is left.
 */
export function prefixTsQuery(words: readonly string[]): string | null {
  const terms = words
    .flatMap((word) => word.toLocaleLowerCase().split(NOT_WORD))
    .filter((word) => word.length > 0)
    .map((word) => `'${word}':*`);
  return terms.length === 0 ? null : terms.join(' & ');
}
