const names = new Intl.DisplayNames(undefined, { type: 'region', fallback: 'code' });

/** "Netherlands" for NL, in the reader's language; the code itself if the browser has no name for it. */
export function countryName(code: string): string {
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}
