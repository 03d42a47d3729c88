/** At most this many words of one query reach the index (each is one more term to match). */
const MAX_WORDS = 12;

/**
 * The words of a search as the index tokenises text: runs of letters and digits. Punctuation and
 * query syntax (quotes, `*`, `NEAR`, `-`, parentheses) are separators, never operators.
 */
export function searchWords(query: string): string[] {
  return (query.toLocaleLowerCase().match(/[\p{L}\p{N}\p{M}]+/gu) ?? []).slice(0, MAX_WORDS);
}
