import { useTranslation } from 'react-i18next';
import type { ComparedText } from './comparedText.ts';

/**
 * The compared pair as a Word redline: the later text with the changes since the earlier version as
 * tracked changes. A redline starts from a version; the current text can only be its end.
 */
export function RedlineLink({ statementId, from, to }: { statementId: string; from: ComparedText; to: ComparedText }) {
  const { t } = useTranslation('versions');
  if (from === 'live') return null;
  return (
    <a
      className="button button--quiet button--small"
      href={`/api/statements/${encodeURIComponent(statementId)}/redline.docx?from=${from}&to=${to}`}
      download
      data-testid="redline-link"
    >
      {t('compare.redline')}
    </a>
  );
}
