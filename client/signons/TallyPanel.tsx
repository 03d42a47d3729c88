import type { StatementView, TallyRowView } from '../../shared/api/types.ts';
import type { ApiResource } from '../api/useApiResource.ts';
import { FormError } from '../layout/FormError.tsx';
import { formatDateTime } from '../layout/formatDateTime.ts';

// Short enough for a badge in the side column; the row says which version a pending signature was for.
const STATUS_LABELS: Record<TallyRowView['status'], string> = {
  signed: 'Signed',
  'pending-reconfirmation': 'To re-confirm',
  undecided: 'Undecided',
  declined: 'Declined',
  withdrawn: 'Withdrew',
};

const STATUS_BADGES: Record<TallyRowView['status'], string> = {
  signed: 'badge--ok',
  'pending-reconfirmation': 'badge--warn',
  undecided: 'badge--muted',
  declined: 'badge--muted',
  withdrawn: 'badge--warn',
};

/** Secretariat: where every organisation stands on the current final text (see useTally), counted and listed. */
export function TallyPanel({ statement, tally }: { statement: StatementView; tally: ApiResource<TallyRowView[]> }) {
  const rows = tally.data;
  const count = (status: TallyRowView['status']) => rows?.filter((row) => row.status === status).length ?? 0;

  return (
    <div className="tally" data-testid="tally">
      <h3 className="sign-on-panel__subheading">Tally for version {statement.finalVersion?.number}</h3>
      <FormError message={tally.error} />
      {rows === null && !tally.error && (
        <p className="muted small" aria-busy="true">
          Loading the tally…
        </p>
      )}
      {rows !== null && (
        <>
          <dl className="tally__counts">
            {(['signed', 'declined', 'withdrawn', 'pending-reconfirmation', 'undecided'] as const).map((status) => (
              <div key={status} className={`tally__count tally__count--${status}`}>
                <dt>{STATUS_LABELS[status]}</dt>
                <dd>{count(status)}</dd>
              </div>
            ))}
          </dl>
          {rows.length === 0 ? (
            <p className="muted small">No organisation may sign this statement yet.</p>
          ) : (
            <div className="table-panel">
              <table className="data-table data-table--dense tally__table">
                <caption className="visually-hidden">Sign-on by organisation</caption>
                <thead>
                  <tr>
                    <th scope="col">Organisation</th>
                    <th scope="col">Status</th>
                    <th scope="col">Signed</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((row) => (
                    <tr key={row.org.id} data-testid="tally-row" data-status={row.status}>
                      <th scope="row" className="data-table__plain">
                        {row.org.name}
                        {row.org.category === 'supporter' && <span className="muted small"> · supporter</span>}
                      </th>
                      <td>
                        <span className={`badge badge--inline ${STATUS_BADGES[row.status]}`}>{STATUS_LABELS[row.status]}</span>
                        {row.status === 'pending-reconfirmation' && row.signedVersion !== null && (
                          <span className="tally__version">signed version {row.signedVersion}, not this one</span>
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
            </div>
          )}
        </>
      )}
    </div>
  );
}
