import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditEntryView, AuditPageView } from '../../../shared/api/types.ts';
import { apiRequest } from '../../api/apiRequest.ts';
import { errorMessage } from '../../api/errorMessage.ts';
import type { AuditFilter } from './AuditFilter.ts';
import { auditQueryString } from './auditQueryString.ts';

const PAGE_SIZE = 50;

/** The audit log under a filter, newest first, one page at a time ("Older" appends the next). */
export function useAuditLog(filter: AuditFilter) {
  const { t } = useTranslation('audit');
  const [entries, setEntries] = useState<AuditEntryView[] | null>(null);
  const [nextBefore, setNextBefore] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loadingOlder, setLoadingOlder] = useState(false);

  useEffect(() => {
    let current = true;
    setEntries(null);
    setError(null);
    apiRequest<AuditPageView>('GET', `/api/audit?${auditQueryString(filter, { limit: PAGE_SIZE })}`).then(
      (page) => {
        if (!current) return;
        setEntries(page.entries);
        setNextBefore(page.nextBefore);
      },
      (caught: unknown) => {
        if (current) setError(errorMessage(caught, t('log.notLoaded')));
      },
    );
    return () => {
      current = false;
    };
  }, [filter, t]);

  async function loadOlder() {
    if (nextBefore === null) return;
    setLoadingOlder(true);
    try {
      const page = await apiRequest<AuditPageView>('GET', `/api/audit?${auditQueryString(filter, { before: nextBefore, limit: PAGE_SIZE })}`);
      setEntries((shown) => [...(shown ?? []), ...page.entries]);
      setNextBefore(page.nextBefore);
      setError(null);
    } catch (caught) {
      setError(errorMessage(caught, t('log.olderNotLoaded')));
    } finally {
      setLoadingOlder(false);
    }
  }

  return { entries, nextBefore, error, loadingOlder, loadOlder };
}
