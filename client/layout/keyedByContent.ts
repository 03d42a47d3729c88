/** An item of a list with the React key drawn from its content. */
export interface Keyed<T> {
  key: string;
  item: T;
}

/**
 * Items of a list built from text (paragraphs, diff parts) with React keys drawn from their content:
 * the first "Yes" is `1:Yes`, the second `2:Yes`. A key stays with its words when others are added or
 * removed before them, which an index key does not; the count before the first colon keeps keys unique.
 */
export function keyedByContent<T>(items: readonly T[], content: (item: T) => string): Keyed<T>[] {
  const seen = new Map<string, number>();
  return items.map((item) => {
    const text = content(item);
    const count = (seen.get(text) ?? 0) + 1;
    seen.set(text, count);
    return { key: `${count}:${text}`, item };
  });
}
