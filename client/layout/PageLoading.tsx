import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** What a whole page shows while its code or its data is on the way ("Loading…" unless told otherwise). */
export function PageLoading({ children }: { children?: ReactNode }) {
  const { t } = useTranslation('layout');
  return (
    <div className="page-loading" aria-busy="true">
      {children ?? t('loading.page')}
    </div>
  );
}
