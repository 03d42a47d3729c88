import { useTranslation } from 'react-i18next';

/**
 * The statement's live text as a Word file, with the open suggestions (as tracked changes) and the
 * comment threads this reader may see (as Word comments): a file a member can forward for review.
 */
export function WordExportLink({ statementId }: { statementId: string }) {
  const { t } = useTranslation('word');
  return (
    <p className="thread-panel__export small muted">
      <a href={`/api/statements/${encodeURIComponent(statementId)}/export.docx`} download data-testid="word-export">
        {t('export.withRevisions')}
      </a>
    </p>
  );
}
