/** Hands a downloaded file to the browser to save under `filename`, as a link with `download` would. */
export function saveFile(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = filename;
  anchor.hidden = true;
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  // The browser reads the blob after this turn; release it once it surely has.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
