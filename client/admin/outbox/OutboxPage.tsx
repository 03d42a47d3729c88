import { useEffect, useId, useState } from 'react';
import type { MeView, OutboxEntryView, OutboxPageView, OutboxStatus } from '../../../shared/api/types.ts';
import { apiRequest } from '../../api/apiRequest.ts';
import { errorMessage } from '../../api/errorMessage.ts';
import { FormError } from '../../layout/FormError.tsx';
import { formatDateTime } from '../../layout/formatDateTime.ts';
import { AdminLayout } from '../AdminLayout.tsx';

const PAGE_SIZE = 50;

const STATUS_LABELS: Record<OutboxStatus, string> = { queued: 'Waiting', sending: 'Sending', sent: 'Sent', failed: 'Failed' };

function duration(ms: number): string {
  if (ms < 1000) return `${ms} ms`;
  if (ms < 60_000) return `${Math.round(ms / 1000)} seconds`;
  return `${Math.round(ms / 60_000)} minutes`;
}

function outboxPath(status: OutboxStatus | '', before?: number): string {
  const query = new URLSearchParams({ limit: String(PAGE_SIZE) });
  if (status) query.set('status', status);
  if (before !== undefined) query.set('before', String(before));
  return `/api/admin/outbox?${query}`;
}

/** The secretariat's view of the mail queue: what went out, what waits for a retry, what failed. */
export function OutboxPage({ me }: { me: MeView }) {
  const [status, setStatus] = useState<OutboxStatus | ''>('');
  const [page, setPage] = useState<OutboxPageView | null>(null);
  const [entries, setEntries] = useState<OutboxEntryView[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loadingOlder, setLoadingOlder] = useState(false);
  const [generation, setGeneration] = useState(0);
  const id = useId();

  // biome-ignore lint/correctness/useExhaustiveDependencies: generation is a trigger (Refresh), not read inside
  useEffect(() => {
    let current = true;
    setEntries(null);
    setError(null);
    apiRequest<OutboxPageView>('GET', outboxPath(status)).then(
      (answer) => {
        if (!current) return;
        setPage(answer);
        setEntries(answer.entries);
      },
      (caught: unknown) => {
        if (current) setError(errorMessage(caught, 'The outbox could not be loaded.'));
      },
    );
    return () => {
      current = false;
    };
  }, [status, generation]);

  async function loadOlder() {
    if (page?.nextBefore == null) return;
    setLoadingOlder(true);
    try {
      const answer = await apiRequest<OutboxPageView>('GET', outboxPath(status, page.nextBefore));
      setPage(answer);
      setEntries((shown) => [...(shown ?? []), ...answer.entries]);
    } catch (caught) {
      setError(errorMessage(caught, 'Older mails could not be loaded.'));
    } finally {
      setLoadingOlder(false);
    }
  }

  return (
    <AdminLayout me={me} title="Outbox" intro="Every mail Accord sends is recorded here first, then sent; a mail the mail server refuses is tried again later.">
      <div className="stack">
        {page && (
          <section className="panel panel--section" aria-label="How mail is sent">
            <p className="outbox-mode">
              {page.mode.kind === 'files' ? (
                <>
                  Mail is written to <code>{page.mode.directory}</code> because <code>SMTP_URL</code> is not set. Nothing leaves this server: forward these
                  files yourself, or set <code>SMTP_URL</code> and restart.
                </>
              ) : (
                <>
                  Sending through <code>{page.mode.server}</code>.
                </>
              )}
            </p>
            <p className="muted small">
              A refused mail is retried after {duration(page.retryMs)}, then twice as long each time (at most an hour between tries), and marked failed after 3
              days.
            </p>
          </section>
        )}
        <div className="audit-bar">
          <label className="field" htmlFor={`${id}-status`}>
            <span>Show</span>
            <select id={`${id}-status`} value={status} onChange={(event) => setStatus(event.target.value as OutboxStatus | '')}>
              <option value="">All mails</option>
              <option value="queued">Waiting to be sent</option>
              <option value="sending">Sending now</option>
              <option value="sent">Sent</option>
              <option value="failed">Failed</option>
            </select>
          </label>
          <button className="button" type="button" onClick={() => setGeneration((value) => value + 1)}>
            Refresh
          </button>
        </div>
        <FormError message={error} />
        {entries === null && !error && (
          <p className="muted" aria-busy="true">
            Loading the outbox…
          </p>
        )}
        {entries?.length === 0 && (
          <div className="empty-state">
            <h2>No mails</h2>
            <p className="muted">{status ? 'No mail has this status.' : 'Accord has not sent any mail yet.'}</p>
          </div>
        )}
        {entries && entries.length > 0 && (
          <>
            <div className="table-panel">
              <table className="data-table data-table--dense">
                <thead>
                  <tr>
                    <th scope="col">Created</th>
                    <th scope="col">To</th>
                    <th scope="col">Subject</th>
                    <th scope="col">Status</th>
                    <th scope="col">Details</th>
                    <th scope="col">
                      <span className="visually-hidden">Download</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {entries.map((entry) => (
                    <tr key={entry.id}>
                      <td className="data-table__nowrap">
                        <time dateTime={entry.createdAt}>{formatDateTime(entry.createdAt)}</time>
                      </td>
                      <td className="data-table__nowrap">{entry.to}</td>
                      <td className="data-table__wrap">{entry.subject}</td>
                      <td>
                        <span className={`outbox-status outbox-status--${entry.status}`}>{STATUS_LABELS[entry.status]}</span>
                      </td>
                      <td className="data-table__wrap small">
                        {entry.status === 'sent' && entry.sentAt && (
                          <>
                            Sent <time dateTime={entry.sentAt}>{formatDateTime(entry.sentAt)}</time>
                          </>
                        )}
                        {entry.status === 'queued' && entry.attempts > 0 && (
                          <>
                            Tried {entry.attempts} {entry.attempts === 1 ? 'time' : 'times'}; next try{' '}
                            <time dateTime={entry.nextAttemptAt}>{formatDateTime(entry.nextAttemptAt)}</time>.{' '}
                          </>
                        )}
                        {entry.status === 'failed' && <>Gave up after {entry.attempts} tries. </>}
                        {entry.lastError && entry.status !== 'sent' && <span className="muted">The mail server said: {entry.lastError}</span>}
                      </td>
                      <td>
                        <a href={`/api/admin/outbox/${entry.id}.eml`} download={`${entry.key}.eml`}>
                          Download .eml
                          <span className="visually-hidden">
                            {' '}
                            of “{entry.subject}” to {entry.to}
                          </span>
                        </a>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <div className="pager">
              <span className="muted small">{entries.length} mails shown</span>
              {page?.nextBefore != null ? (
                <button className="button" type="button" disabled={loadingOlder} onClick={() => void loadOlder()}>
                  {loadingOlder ? 'Loading…' : 'Older mails'}
                </button>
              ) : (
                <span className="muted small">This is the oldest mail.</span>
              )}
            </div>
          </>
        )}
      </div>
    </AdminLayout>
  );
}
