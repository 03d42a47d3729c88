import { useTranslation } from 'react-i18next';
import type { StatementView, TallyRowView } from '../../shared/api/types.ts';
import { useApiResource, type ApiResource } from '../api/useApiResource.ts';
import { useLiveRefresh } from './useLiveRefresh.ts';

/** Often enough to feel live while the secretariat watches signatures come in; cheap for the server. */
const REFRESH_MS = 15_000;

/** Secretariat: where every organisation stands on the current final text, asked again on focus and every 15 s. */
export function useTally(statement: StatementView): ApiResource<TallyRowView[]> {
  const { t } = useTranslation('signons');
  const tally = useApiResource<TallyRowView[]>(`/api/statements/${encodeURIComponent(statement.id)}/tally`, t('errors.tallyNotLoaded'));
  useLiveRefresh(tally.reload, REFRESH_MS);
  return tally;
}
