/** An @mention being typed: where its "@" is and what follows it up to the caret. */
export interface MentionQuery {
  at: number;
  text: string;
}

/** The @mention being typed just before the caret, if any (names have spaces, so up to 40 characters of them). */
export function mentionQuery(value: string, caret: number): MentionQuery | null {
  const before = value.slice(0, caret);
  const match = /(?:^|\s)@([^@\n]{0,40})$/.exec(before);
  if (match === null) return null;
  return { at: caret - match[1]!.length - 1, text: match[1]! };
}
