import type { TFunction } from 'i18next';
import type { TransferError } from './TransferError.ts';

/** Why a download or upload of `file` ("PDF") failed, and what to do, in the reader's language. */
export function transferErrorMessage(error: TransferError, file: string, direction: 'download' | 'upload', t: TFunction<'layout'>): string {
  switch (error.status) {
    case 0:
      return t('transfer.error.network', { file });
    case 400:
      return direction === 'upload' ? t('transfer.error.unreadable', { file }) : t('transfer.error.badRequest', { file });
    case 401:
      return t('transfer.error.signedOut', { file });
    case 403:
      return t('transfer.error.forbidden', { file });
    case 404:
    case 410:
      return t('transfer.error.notFound', { file });
    case 409:
      return t('transfer.error.conflict', { file });
    case 413:
      return direction === 'upload' ? t('transfer.error.uploadTooLarge', { file }) : t('transfer.error.tooLarge', { file });
    case 429:
      return error.retryAfterSeconds === null
        ? t('transfer.error.tooMany', { file })
        : t('transfer.error.tooManyWait', { file, seconds: error.retryAfterSeconds });
    default:
      return t('transfer.error.server', { file, status: error.status });
  }
}
