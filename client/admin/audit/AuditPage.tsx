import { useState } from 'react';
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

const ANY: AuditFilter = { action: '', actorId: '', from: '', to: '' };

export function AuditPage({ me }: { me: MeView }) {
  const [filter, setFilter] = useState<AuditFilter>(ANY);
  const log = useAuditLog(filter);
  const accounts = useApiResource<AccountView[]>('/api/users', 'The accounts could not be loaded.', apiRequestAll);
  const organisations = useApiResource<OrganisationDetailView[]>('/api/orgs', 'The organisations could not be loaded.', apiRequestAll);
  const names = new Map<string, string>([
    ...(accounts.data ?? []).map((account): [string, string] => [account.id, account.name]),
    ...(organisations.data ?? []).map((organisation): [string, string] => [organisation.id, organisation.name]),
  ]);
  const query = auditQueryString(filter);
  const filtered = Object.values(filter).some((value) => value !== '');

  return (
    <AdminLayout
      me={me}
      title="Audit log"
      intro="Everything that changed who may do what, and every sign-in: kept in a hash chain, so an edit behind Accord's back shows."
    >
      <div className="stack">
        <div className="audit-bar">
          <ChainStatus />
          <a className="button" href={`/api/audit/export.csv${query ? `?${query}` : ''}`} download>
            Export CSV
          </a>
        </div>
        <section className="panel panel--section" aria-label="Filters">
          <AuditFilterForm filter={filter} accounts={accounts.data ?? []} onApply={setFilter} />
        </section>
        <FormError message={log.error} />
        {log.entries === null && !log.error && (
          <p className="muted" aria-busy="true">
            Loading the log…
          </p>
        )}
        {log.entries?.length === 0 && (
          <div className="empty-state">
            <h2>No entries</h2>
            <p className="muted">{filtered ? 'Nothing matches these filters.' : 'Nothing has been recorded yet.'}</p>
          </div>
        )}
        {log.entries && log.entries.length > 0 && (
          <>
            <AuditTable entries={log.entries} nameOf={(id) => names.get(id)} />
            <div className="pager">
              <span className="muted small">{log.entries.length} entries shown</span>
              {log.nextBefore !== null ? (
                <button className="button" type="button" disabled={log.loadingOlder} onClick={() => void log.loadOlder()}>
                  {log.loadingOlder ? 'Loading…' : 'Older entries'}
                </button>
              ) : (
                <span className="muted small">This is the oldest entry{filtered ? ' matching the filters' : ''}.</span>
              )}
            </div>
          </>
        )}
      </div>
    </AdminLayout>
  );
}
