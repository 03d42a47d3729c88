/** A word: letters or digits, joined by an apostrophe or hyphen ("don’t", "multi-stakeholder"); punctuation alone is none. */
const WORD = /[\p{L}\p{N}]+(?:['’\-‐][\p{L}\p{N}]+)*/gu;

export interface TextCounts {
  words: number;
  characters: number;
}

/** Words and characters (Unicode code points, spaces included, paragraph breaks not) of a text. */
export function countText(text: string, characters = text.length): TextCounts {
  let words = 0;
  for (const _ of text.matchAll(WORD)) words++;
  return { words, characters };
}
