import { useTranslation } from 'react-i18next';
import type { DiffView, StatementView, VersionView } from '../../shared/api/types.ts';
import { useApiResource } from '../api/useApiResource.ts';
import { FormError } from '../layout/FormError.tsx';
import { DiffInline } from '../versions/DiffInline.tsx';

/**
 * What changed between the earlier final text and the one being signed now: an organisation that
 * signed the earlier one reads only the difference before confirming.
 */
export function ReconfirmationDiff({ statement, earlier, organisation }: { statement: StatementView; earlier: VersionView; organisation: string }) {
  const { t } = useTranslation('signons');
  const current = statement.finalVersion?.number ?? 0;
  const diff = useApiResource<DiffView>(
    `/api/statements/${encodeURIComponent(statement.id)}/diff?from=${earlier.number}&to=${current}`,
    t('errors.changesNotLoaded'),
  );

  return (
    <section className="panel panel--section reconfirmation" aria-labelledby="reconfirmation-heading">
      <h2 id="reconfirmation-heading">{t('reconfirm.heading', { version: earlier.number })}</h2>
      <p className="muted">{t('reconfirm.intro', { version: earlier.number, organisation })}</p>
      <FormError message={diff.error} />
      {diff.data === null && !diff.error && (
        <p className="muted" aria-busy="true">
          {t('reconfirm.loading')}
        </p>
      )}
      {diff.data && <DiffInline parts={diff.data.parts} />}
    </section>
  );
}
