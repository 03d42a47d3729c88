import { useTranslation } from 'react-i18next';
import type { StatementView, VersionContentView } from '../../shared/api/types.ts';
import { useApiResource } from '../api/useApiResource.ts';
import { FormError } from '../layout/FormError.tsx';
import { FinalDocument } from '../signons/FinalDocument.tsx';

/**
 * During sign-on and after publication the statement page shows the final version itself, read-only:
 * what organisations sign and the public page shows, never the live text with undecided
 * suggestions drawn in as tracked changes.
 */
export function FrozenStatementText({ statement, finalNumber }: { statement: StatementView; finalNumber: number }) {
  const { t } = useTranslation('statements');
  const version = useApiResource<VersionContentView>(`/api/statements/${encodeURIComponent(statement.id)}/versions/${finalNumber}`, t('frozen.loadFailed'));
  const note =
    statement.stage === 'sign-on'
      ? t('frozen.signOn', { version: finalNumber })
      : statement.stage === 'published'
        ? t('frozen.published', { version: finalNumber })
        : t('frozen.withdrawn', { version: finalNumber });
  return (
    <div className="frozen-text" data-testid="frozen-text">
      <p className="notice small" role="note">
        {note}
        {statement.threadCounts.open > 0 && ` ${t('frozen.openNotPart')}`}
      </p>
      <FormError message={version.error} />
      {version.data ? (
        <FinalDocument document={version.data.document} label={t('frozen.label')} />
      ) : (
        !version.error && (
          <p className="muted" aria-busy="true">
            {t('frozen.loading')}
          </p>
        )
      )}
    </div>
  );
}
