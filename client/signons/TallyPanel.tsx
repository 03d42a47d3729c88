import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { StatementView, TallyRowView } from '../../shared/api/types.ts';
import type { ApiResource } from '../api/useApiResource.ts';
import { FormError } from '../layout/FormError.tsx';
import { formatDateTime } from '../layout/formatDateTime.ts';
import { TablePanel } from '../layout/TablePanel.tsx';

// Short enough for a badge in the side column; the row says which version a pending signature was for.
function statusLabel(status: TallyRowView['status'], t: TFunction): string {
  switch (status) {
    case 'signed':
      return t('signons:tally.status.signed');
    case 'pending-reconfirmation':
      return t('signons:tally.status.pendingReconfirmation');
    case 'undecided':
      return t('signons:tally.status.undecided');
    case 'declined':
      return t('signons:tally.status.declined');
    case 'withdrawn':
      return t('signons:tally.status.withdrawn');
  }
}

const STATUS_BADGES: Record<TallyRowView['status'], string> = {
  signed: 'badge--ok',
  'pending-reconfirmation': 'badge--warn',
  undecided: 'badge--muted',
  declined: 'badge--muted',
  withdrawn: 'badge--warn',
};

/** Secretariat: where every organisation stands on the current final text (see useTally), counted and listed. */
export function TallyPanel({ statement, tally }: { statement: StatementView; tally: ApiResource<TallyRowView[]> }) {
  const { t } = useTranslation('signons');
  const rows = tally.data;
  const count = (status: TallyRowView['status']) => rows?.filter((row) => row.status === status).length ?? 0;

  return (
    <div className="tally" data-testid="tally">
      <h3 className="sign-on-panel__subheading">{t('tally.heading', { version: statement.finalVersion?.number })}</h3>
      <FormError message={tally.error} />
      {rows === null && !tally.error && (
        <p className="muted small" aria-busy="true">
          {t('tally.loading')}
        </p>
      )}
      {rows !== null && (
        <>
          <dl className="tally__counts">
            {(['signed', 'declined', 'withdrawn', 'pending-reconfirmation', 'undecided'] as const).map((status) => (
              <div key={status} className={`tally__count tally__count--${status}`}>
                <dt>{statusLabel(status, t)}</dt>
                <dd>{count(status)}</dd>
              </div>
            ))}
          </dl>
          {rows.length === 0 ? (
            <p className="muted small">{t('tally.none')}</p>
          ) : (
            <TablePanel>
              <table className="data-table data-table--dense tally__table">
                <caption className="visually-hidden">{t('tally.caption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('tally.organisation')}</th>
                    <th scope="col">{t('tally.statusColumn')}</th>
                    <th scope="col">{t('tally.signedColumn')}</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((row) => (
                    <tr key={row.org.id} data-testid="tally-row" data-status={row.status}>
                      <th scope="row" className="data-table__plain">
                        {row.org.name}
                        {row.org.category === 'supporter' && <span className="muted small"> · {t('tally.supporter')}</span>}
                      </th>
                      <td>
                        <span className={`badge badge--inline ${STATUS_BADGES[row.status]}`}>{statusLabel(row.status, t)}</span>
                        {row.status === 'pending-reconfirmation' && row.signedVersion !== null && (
                          <span className="tally__version">{t('tally.signedOtherVersion', { version: row.signedVersion })}</span>
                        )}
                        {row.status === 'declined' && row.declineReason && <span className="tally__version">“{row.declineReason}”</span>}
                      </td>
                      <td className="small">
                        {row.signedBy && row.signedAt ? (
                          <>
                            {row.signedBy}
                            <br />
                            <time className="muted" dateTime={row.signedAt}>
                              {formatDateTime(row.signedAt)}
                            </time>
                          </>
                        ) : (
                          <span className="muted">—</span>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TablePanel>
          )}
        </>
      )}
    </div>
  );
}
