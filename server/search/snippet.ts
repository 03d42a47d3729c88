/** The words around the first place `needle` occurs in `text` (case-insensitive), or null. */
export function snippet(text: string, needle: string, around = 60): string | null {
  const at = text.toLocaleLowerCase().indexOf(needle.toLocaleLowerCase());
  if (at === -1) return null;
  const start = Math.max(0, at - around);
  const end = Math.min(text.length, at + needle.length + around);
  return `${start > 0 ? '…' : ''}${text.slice(start, end).replace(/\s+/g, ' ').trim()}${end < text.length ? '…' : ''}`;
}
