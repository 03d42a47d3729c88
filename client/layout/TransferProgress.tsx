import { useTranslation } from 'react-i18next';
import '../styles/transfer.css';
import { formatBytes } from './formatBytes.ts';
import { transferErrorMessage } from './transferErrorMessage.ts';
import type { Transfer, TransferState } from './useTransfer.ts';

/** The sentence a screen reader hears once per step (never per percent): preparing, moving, saved, cancelled. */
function useStatusText(state: TransferState, working: string | undefined): string {
  const { t } = useTranslation('layout');
  if (state.phase === 'idle' || state.phase === 'failed') return '';
  const { file } = state;
  const download = state.direction === 'download';
  switch (state.phase) {
    case 'preparing':
      return download ? t('transfer.preparing', { file }) : (working ?? t('transfer.reading', { file }));
    case 'moving':
      return download ? t('transfer.downloading', { file }) : t('transfer.uploading', { file });
    case 'done':
      return download && state.filename ? t('transfer.saved', { file, filename: state.filename }) : t('transfer.uploaded', { file });
    case 'cancelled':
      return download ? t('transfer.downloadCancelled', { file }) : t('transfer.uploadCancelled', { file });
  }
}

/** The server's own words for a refused upload when they say what is wrong with the file (400, 415) or the statement (409). */
function refusalReason(state: Extract<TransferState, { phase: 'failed' }>): string | null {
  if (state.direction !== 'upload' || ![400, 409, 415].includes(state.error.status)) return null;
  const body = state.error.body;
  if (typeof body !== 'object' || body === null || !('error' in body)) return null;
  const { error } = body as { error: unknown };
  if (typeof error !== 'object' || error === null || !('message' in error)) return null;
  const { message } = error as { message: unknown };
  return typeof message === 'string' && message.trim() !== '' ? message : null;
}

/**
 * A download's or upload's progress, inline after the control that started it: "Preparing the PDF…" while
 * the server makes it, then a bar (determinate when the size is known) with the bytes and a Cancel button,
 * then the saved file's name; on failure, why and what to do. Keep it in the page while idle: its status
 * region must exist before it speaks. For an upload, `working` says what the server does once it has the
 * file ("Importing…"), and `cancellableWhileWorking={false}` takes Cancel away then (the server acts on a
 * whole file, so a cancel could no longer stop it).
 */
export function TransferProgress({
  transfer,
  working,
  cancellableWhileWorking = true,
}: {
  transfer: Transfer;
  working?: string;
  cancellableWhileWorking?: boolean;
}) {
  const { t } = useTranslation('layout');
  const { state } = transfer;
  const status = useStatusText(state, working);
  const running = state.phase === 'preparing' || state.phase === 'moving';
  const cancellable = running && !(state.phase === 'preparing' && state.direction === 'upload' && !cancellableWhileWorking);
  return (
    <span className={`transfer${state.phase === 'idle' ? ' transfer--idle' : ''}`} data-testid="transfer-progress" aria-busy={running}>
      {/* Focusable by script: where the keyboard waits once a Cancel has gone and the server is still at work. */}
      <span className="transfer__status" role="status" tabIndex={-1}>
        {status}
      </span>
      {running && (
        <>
          {state.phase === 'moving' && state.total !== null ? (
            <>
              <progress aria-label={status} max={state.total} value={Math.min(state.loaded, state.total)} />
              <span className="transfer__size muted">{t('transfer.size', { loaded: formatBytes(state.loaded), total: formatBytes(state.total) })}</span>
            </>
          ) : (
            <progress aria-label={status} />
          )}
          {cancellable && (
            <button
              type="button"
              className="button button--small button--quiet transfer__cancel"
              aria-label={
                state.direction === 'download' ? t('transfer.cancelDownload', { file: state.file }) : t('transfer.cancelUpload', { file: state.file })
              }
              onClick={transfer.cancel}
            >
              {t('transfer.cancel')}
            </button>
          )}
        </>
      )}
      {state.phase === 'failed' && (
        <span className="form-error" role="alert">
          {refusalReason(state) ?? transferErrorMessage(state.error, state.file, state.direction, t)}
        </span>
      )}
    </span>
  );
}
