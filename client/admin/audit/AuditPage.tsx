import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccountView, MeView, OrganisationDetailView } from '../../../shared/api/types.ts';
import { apiRequestAll } from '../../api/apiRequestAll.ts';
import { useApiResource } from '../../api/useApiResource.ts';
import { FormError } from '../../layout/FormError.tsx';
import { AdminLayout } from '../AdminLayout.tsx';
import type { AuditFilter } from './AuditFilter.ts';
import { AuditFilterForm } from './AuditFilterForm.tsx';
import { auditQueryString } from './auditQueryString.ts';
import { AuditTable } from './AuditTable.tsx';
import { ChainStatus } from './ChainStatus.tsx';
import { useAuditLog } from './useAuditLog.ts';
import { DownloadLink } from '../../layout/DownloadLink.tsx';

const ANY: AuditFilter = { action: '', actorId: '', from: '', to: '' };

export function AuditPage({ me }: { me: MeView }) {
  const { t } = useTranslation('audit');
  const [filter, setFilter] = useState<AuditFilter>(ANY);
  const log = useAuditLog(filter);
  const accounts = useApiResource<AccountView[]>('/api/users', t('page.accountsNotLoaded'), apiRequestAll);
  const organisations = useApiResource<OrganisationDetailView[]>('/api/orgs', t('page.organisationsNotLoaded'), apiRequestAll);
  const names = new Map<string, string>([
    ...(accounts.data ?? []).map((account): [string, string] => [account.id, account.name]),
    ...(organisations.data ?? []).map((organisation): [string, string] => [organisation.id, organisation.name]),
  ]);
  const query = auditQueryString(filter);
  const filtered = Object.values(filter).some((value) => value !== '');

  return (
    <AdminLayout me={me} title={t('page.title')} intro={t('page.intro')}>
      <div className="stack">
        <div className="audit-bar">
          <ChainStatus />
          {/* i18n-ignore: a file format's name */}
          <DownloadLink className="button" href={`/api/audit/export.csv${query ? `?${query}` : ''}`} file="CSV" fallbackName="accord-audit.csv">
            {t('page.exportCsv')}
          </DownloadLink>
        </div>
        <section className="panel panel--section" aria-label={t('page.filters')}>
          <AuditFilterForm filter={filter} accounts={accounts.data ?? []} onApply={setFilter} />
        </section>
        <FormError message={log.error} />
        {log.entries === null && !log.error && (
          <p className="muted" aria-busy="true">
            {t('page.loading')}
          </p>
        )}
        {log.entries?.length === 0 && (
          <div className="empty-state">
            <h2>{t('page.emptyTitle')}</h2>
            <p className="muted">{filtered ? t('page.noMatch') : t('page.nothingYet')}</p>
          </div>
        )}
        {log.entries && log.entries.length > 0 && (
          <>
            <AuditTable entries={log.entries} nameOf={(id) => names.get(id)} />
            <div className="pager">
              <span className="muted small">{t('page.shown', { n: log.entries.length })}</span>
              {log.nextBefore !== null ? (
                <button className="button" type="button" disabled={log.loadingOlder} onClick={() => void log.loadOlder()}>
                  {log.loadingOlder ? t('page.loadingOlder') : t('page.older')}
                </button>
              ) : (
                <span className="muted small">{filtered ? t('page.oldestMatching') : t('page.oldest')}</span>
              )}
            </div>
          </>
        )}
      </div>
    </AdminLayout>
  );
}
