import type { DroppedItem } from './ImportedText.ts';

/** Counts what the import leaves out, by what and where, for the import report. */
export class DroppedTally {
  readonly #counts = new Map<string, DroppedItem>();

  add(what: string, where: string, count = 1): void {
    const key = `${what}\u0000${where}`;
    const item = this.#counts.get(key);
    if (item === undefined) this.#counts.set(key, { what, count, where });
    else item.count += count;
  }

  list(): DroppedItem[] {
    return [...this.#counts.values()];
  }
}
