/**
 * The words of a text as a URL path segment: accents dropped, lower case, runs of anything else
 * as one hyphen, at most 60 characters, no hyphen at either end; '' when nothing is left.
 */
export function slugWords(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}
