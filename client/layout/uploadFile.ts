import { TransferError } from './TransferError.ts';

/**
 * Sends a file as the raw request body with the session cookie (XMLHttpRequest: fetch reports no upload
 * progress), reporting the bytes sent. Resolves with the parsed JSON answer; throws TransferError on a
 * refused answer (its body kept, so the server's reason can be shown) or a lost connection, and an
 * AbortError when the signal cancels it.
 */
export function uploadFile<T>(
  url: string,
  file: Blob,
  {
    contentType,
    signal,
    onProgress,
    method = 'POST',
  }: { contentType: string; signal: AbortSignal; onProgress(sent: number, total: number | null): void; method?: string },
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open(method, url);
    request.withCredentials = true;
    request.setRequestHeader('Content-Type', contentType);
    request.upload.onprogress = (event) => onProgress(event.loaded, event.lengthComputable ? event.total : null);
    request.onload = () => {
      let body: unknown = null;
      try {
        body = request.responseText ? JSON.parse(request.responseText) : null;
      } catch {
        // Not JSON: the status says enough.
      }
      if (request.status >= 200 && request.status < 300) resolve(body as T);
      else reject(TransferError.refused(request.status, request.getResponseHeader('retry-after'), body));
    };
    request.onerror = () => reject(new TransferError(0));
    request.onabort = () => reject(new DOMException('', 'AbortError'));
    if (signal.aborted) {
      reject(new DOMException('', 'AbortError'));
      return;
    }
    signal.addEventListener('abort', () => request.abort(), { once: true });
    onProgress(0, file.size);
    request.send(file);
  });
}
