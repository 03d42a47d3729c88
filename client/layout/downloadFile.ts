import { filenameFromDisposition } from './filenameFromDisposition.ts';
import { TransferError } from './TransferError.ts';

export interface DownloadedFile {
  blob: Blob;
  /** The name the server gave (Content-Disposition), or null. */
  filename: string | null;
}

/**
 * Fetches a file with the session cookie, reporting the bytes received and, when the server said how many
 * there are (Content-Length), the total. Throws TransferError on a refused answer or a lost connection,
 * and the signal's AbortError when cancelled.
 */
export async function downloadFile(
  url: string,
  { signal, onProgress }: { signal: AbortSignal; onProgress(loaded: number, total: number | null): void },
): Promise<DownloadedFile> {
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'same-origin', signal });
  } catch (caught) {
    if (signal.aborted) throw caught;
    throw new TransferError(0);
  }
  if (!response.ok) {
    // The answer's body is an error page or JSON: read it so the connection is released, then say why.
    const text = await response.text().catch(() => '');
    let body: unknown = null;
    try {
      body = JSON.parse(text);
    } catch {
      // An HTML error page: the status says enough.
    }
    throw TransferError.refused(response.status, response.headers.get('retry-after'), body);
  }
  const length = Number.parseInt(response.headers.get('content-length') ?? '', 10);
  const total = Number.isFinite(length) && length > 0 ? length : null;
  const type = response.headers.get('content-type') ?? 'application/octet-stream';
  const filename = filenameFromDisposition(response.headers.get('content-disposition'));
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let loaded = 0;
  onProgress(0, total);
  if (response.body) {
    const reader = response.body.getReader();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        chunks.push(value);
        loaded += value.byteLength;
        onProgress(loaded, total);
      }
    } catch (caught) {
      if (signal.aborted) throw caught;
      throw new TransferError(0);
    }
  }
  return { blob: new Blob(chunks, { type }), filename };
}
