import { useCallback, useEffect, useRef, useState } from 'react';
import { downloadFile } from './downloadFile.ts';
import { saveFile } from './saveFile.ts';
import { TransferError } from './TransferError.ts';
import { uploadFile } from './uploadFile.ts';

/** Where a download or upload is: what TransferProgress shows. `file` names what moves ("PDF", "Word file"). */
export type TransferState =
  | { phase: 'idle' }
  /** Download: waiting for the server to make the file. Upload: the server reads what was sent. */
  | { phase: 'preparing'; direction: 'download' | 'upload'; file: string }
  /** Bytes moving; `total` null when the size is unknown (then the bar is indeterminate). */
  | { phase: 'moving'; direction: 'download' | 'upload'; file: string; loaded: number; total: number | null }
  | { phase: 'done'; direction: 'download' | 'upload'; file: string; filename: string | null }
  | { phase: 'cancelled'; direction: 'download' | 'upload'; file: string }
  | { phase: 'failed'; direction: 'download' | 'upload'; file: string; error: TransferError };

export interface Transfer {
  state: TransferState;
  /** Fetches `url` and saves it under the server's name (else `fallbackName`); one at a time, a second call while one runs does nothing. */
  download(url: string, file: string, fallbackName: string): Promise<void>;
  /** Sends `body` to `url`; resolves with the server's JSON answer, or null if it failed or was cancelled (the state says which). */
  upload<T>(url: string, body: Blob, file: string, options: { contentType: string; method?: string }): Promise<T | null>;
  cancel(): void;
}

const isAbort = (caught: unknown) => caught instanceof DOMException && caught.name === 'AbortError';

/**
 * A download or upload with progress and cancel. Progress is reported at most once a frame, and focus
 * returns to the control that started the transfer when a cancel removes the button that had it.
 */
export function useTransfer(): Transfer {
  const [state, setState] = useState<TransferState>({ phase: 'idle' });
  const controller = useRef<AbortController | null>(null);
  const starter = useRef<HTMLElement | null>(null);

  useEffect(() => () => controller.current?.abort(), []);

  // The Cancel button is gone once the cancel has rendered: focus goes back where the reader started.
  useEffect(() => {
    if (state.phase !== 'cancelled') return;
    if (document.activeElement === document.body || document.activeElement === null) starter.current?.focus();
  }, [state]);

  const begin = useCallback(() => {
    if (controller.current !== null) return null;
    const started = new AbortController();
    controller.current = started;
    starter.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    return started;
  }, []);

  const end = useCallback((direction: 'download' | 'upload', file: string, caught: unknown) => {
    if (isAbort(caught)) {
      setState({ phase: 'cancelled', direction, file });
    } else {
      setState({ phase: 'failed', direction, file, error: caught instanceof TransferError ? caught : new TransferError(0) });
    }
  }, []);

  const progressReporter = useCallback((direction: 'download' | 'upload', file: string) => {
    let frame: number | null = null;
    let latest = { loaded: 0, total: null as number | null };
    return (loaded: number, total: number | null) => {
      latest = { loaded, total };
      if (frame !== null) return;
      frame = requestAnimationFrame(() => {
        frame = null;
        // A download's first bytes end its "Preparing"; an upload's "Preparing" (all sent) never goes back.
        setState((shown) =>
          shown.phase === 'moving' || (direction === 'download' && shown.phase === 'preparing') ? { phase: 'moving', direction, file, ...latest } : shown,
        );
      });
    };
  }, []);

  const download = useCallback(
    async (url: string, file: string, fallbackName: string) => {
      const started = begin();
      if (started === null) return;
      setState({ phase: 'preparing', direction: 'download', file });
      try {
        const report = progressReporter('download', file);
        const { blob, filename } = await downloadFile(url, {
          signal: started.signal,
          // Nothing received yet: the server is still making the file, and "Preparing" says so.
          onProgress: (loaded, total) => {
            if (loaded > 0) report(loaded, total);
          },
        });
        saveFile(blob, filename ?? fallbackName);
        setState({ phase: 'done', direction: 'download', file, filename: filename ?? fallbackName });
      } catch (caught) {
        end('download', file, caught);
      } finally {
        controller.current = null;
      }
    },
    [begin, end, progressReporter],
  );

  const upload = useCallback(
    async <T>(url: string, body: Blob, file: string, { contentType, method }: { contentType: string; method?: string }): Promise<T | null> => {
      const started = begin();
      if (started === null) return null;
      setState({ phase: 'moving', direction: 'upload', file, loaded: 0, total: body.size });
      const report = progressReporter('upload', file);
      try {
        const answer = await uploadFile<T>(url, body, {
          contentType,
          method,
          signal: started.signal,
          onProgress: (sent, total) => {
            // All sent: what is left is the server reading it.
            if (total !== null && sent >= total) setState({ phase: 'preparing', direction: 'upload', file });
            else report(sent, total);
          },
        });
        setState({ phase: 'done', direction: 'upload', file, filename: null });
        return answer;
      } catch (caught) {
        end('upload', file, caught);
        return null;
      } finally {
        controller.current = null;
      }
    },
    [begin, end, progressReporter],
  );

  const cancel = useCallback(() => controller.current?.abort(), []);

  return { state, download, upload, cancel };
}
