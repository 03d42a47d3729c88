// What XML 1.0 cannot hold at all, escaped or not: C0 controls but tab and line breaks, the two
// non-characters, and UTF-16 surrogates without their pair. One of them makes a whole feed (or a
// Word file) unreadable.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is this pattern's purpose: it strips them
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The text without the characters XML cannot carry (titles refuse them at input; older rows and texts may hold them). */
export function xmlLegalText(text: string): string {
  return text.replace(NOT_XML, '');
}
