import { useTranslation } from 'react-i18next';
import type { StatementView, VersionView } from '../../shared/api/types.ts';
import { apiRequestAll } from '../api/apiRequestAll.ts';
import { useApiResource } from '../api/useApiResource.ts';

/**
 * The newest final version frozen before the current one, if the text was ever reopened; undefined
 * while the list is loading. Organisations that signed it must confirm the new text.
 */
export function useEarlierFinal(statement: StatementView): VersionView | null | undefined {
  const { t } = useTranslation('signons');
  const versions = useApiResource<VersionView[]>(`/api/statements/${encodeURIComponent(statement.id)}/versions`, t('errors.versionsNotLoaded'), apiRequestAll);
  if (versions.error) return null;
  if (versions.data === null) return undefined;
  const current = statement.finalVersion?.number ?? 0;
  const earlier = versions.data.filter((version) => version.kind === 'final' && version.number < current);
  return earlier.reduce<VersionView | null>((newest, version) => (newest === null || version.number > newest.number ? version : newest), null);
}
