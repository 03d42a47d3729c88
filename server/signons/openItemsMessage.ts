import type { OpenItems } from '../store/Store.ts';

const counted = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** Why a freeze waits: what is still open, and the two ways on. */
export function openItemsMessage({ suggestions, threads }: OpenItems): string {
  const parts = [
    suggestions > 0 ? counted(suggestions, 'suggestion', 'suggestions') : null,
    threads > 0 ? counted(threads, 'comment thread', 'comment threads') : null,
  ];
  const open = parts.filter((part) => part !== null).join(' and ');
  return `${open} ${suggestions + threads === 1 ? 'is' : 'are'} still open. Decide them first, or carry them over and freeze: they stay open beside the final text, which does not include them.`;
}
