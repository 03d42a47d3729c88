import type { TFunction } from 'i18next';
import { useEffect, useId, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import type { MeView, OutboxEntryView, OutboxPageView, OutboxStatus } from '../../../shared/api/types.ts';
import { apiRequest } from '../../api/apiRequest.ts';
import { errorMessage } from '../../api/errorMessage.ts';
import { FormError } from '../../layout/FormError.tsx';
import { formatDateTime } from '../../layout/formatDateTime.ts';
import { AdminLayout } from '../AdminLayout.tsx';
import { TablePanel } from '../../layout/TablePanel.tsx';

const PAGE_SIZE = 50;

function duration(ms: number, t: TFunction): string {
  if (ms < 1000) return t('outbox:duration.milliseconds', { n: ms });
  if (ms < 60_000) return t('outbox:duration.seconds', { n: Math.round(ms / 1000) });
  return t('outbox:duration.minutes', { n: Math.round(ms / 60_000) });
}

function outboxPath(status: OutboxStatus | '', before?: number): string {
  const query = new URLSearchParams({ limit: String(PAGE_SIZE) });
  if (status) query.set('status', status);
  if (before !== undefined) query.set('before', String(before));
  return `/api/admin/outbox?${query}`;
}

/** The secretariat's view of the mail queue: what went out, what waits for a retry, what failed. */
export function OutboxPage({ me }: { me: MeView }) {
  const { t } = useTranslation('outbox');
  const statusLabels: Record<OutboxStatus, string> = {
    queued: t('status.queued'),
    sending: t('status.sending'),
    sent: t('status.sent'),
    failed: t('status.failed'),
  };
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
        if (current) setError(errorMessage(caught, t('notLoaded')));
      },
    );
    return () => {
      current = false;
    };
  }, [status, generation, t]);

  async function loadOlder() {
    if (page?.nextBefore == null) return;
    setLoadingOlder(true);
    try {
      const answer = await apiRequest<OutboxPageView>('GET', outboxPath(status, page.nextBefore));
      setPage(answer);
      setEntries((shown) => [...(shown ?? []), ...answer.entries]);
    } catch (caught) {
      setError(errorMessage(caught, t('olderNotLoaded')));
    } finally {
      setLoadingOlder(false);
    }
  }

  return (
    <AdminLayout me={me} title={t('title')} intro={t('intro')}>
      <div className="stack">
        {page && (
          <section className="panel panel--section" aria-label={t('mode.label')}>
            <p className="outbox-mode">
              {page.mode.kind === 'files' ? (
                <Trans t={t} i18nKey="mode.files" values={{ directory: page.mode.directory }} components={{ code: <code /> }} />
              ) : (
                <Trans t={t} i18nKey="mode.smtp" values={{ server: page.mode.server }} components={{ code: <code /> }} />
              )}
            </p>
            <p className="muted small">{t('mode.retries', { delay: duration(page.retryMs, t) })}</p>
          </section>
        )}
        <div className="audit-bar">
          <label className="field" htmlFor={`${id}-status`}>
            <span>{t('filter.show')}</span>
            <select id={`${id}-status`} value={status} onChange={(event) => setStatus(event.target.value as OutboxStatus | '')}>
              <option value="">{t('filter.all')}</option>
              <option value="queued">{t('filter.queued')}</option>
              <option value="sending">{t('filter.sending')}</option>
              <option value="sent">{t('filter.sent')}</option>
              <option value="failed">{t('filter.failed')}</option>
            </select>
          </label>
          <button className="button" type="button" onClick={() => setGeneration((value) => value + 1)}>
            {t('filter.refresh')}
          </button>
        </div>
        <FormError message={error} />
        {entries === null && !error && (
          <p className="muted" aria-busy="true">
            {t('loading')}
          </p>
        )}
        {entries?.length === 0 && (
          <div className="empty-state">
            <h2>{t('empty.title')}</h2>
            <p className="muted">{status ? t('empty.noneWithStatus') : t('empty.noneYet')}</p>
          </div>
        )}
        {entries && entries.length > 0 && (
          <>
            <TablePanel>
              <table className="data-table data-table--dense">
                <thead>
                  <tr>
                    <th scope="col">{t('table.created')}</th>
                    <th scope="col">{t('table.to')}</th>
                    <th scope="col">{t('table.subject')}</th>
                    <th scope="col">{t('table.status')}</th>
                    <th scope="col">{t('table.details')}</th>
                    <th scope="col">
                      <span className="visually-hidden">{t('table.download')}</span>
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
                        <span className={`outbox-status outbox-status--${entry.status}`}>{statusLabels[entry.status]}</span>
                      </td>
                      <td className="data-table__wrap small">
                        {entry.status === 'sent' && entry.sentAt && (
                          <Trans
                            t={t}
                            i18nKey="details.sent"
                            values={{ date: formatDateTime(entry.sentAt) }}
                            components={{ time: <time dateTime={entry.sentAt} /> }}
                          />
                        )}
                        {entry.status === 'queued' && entry.attempts > 0 && (
                          <>
                            <Trans
                              t={t}
                              i18nKey="details.retrying"
                              values={{ n: entry.attempts, date: formatDateTime(entry.nextAttemptAt) }}
                              components={{ time: <time dateTime={entry.nextAttemptAt} /> }}
                            />{' '}
                          </>
                        )}
                        {entry.status === 'failed' && <>{t('details.gaveUp', { n: entry.attempts })} </>}
                        {entry.lastError && entry.status !== 'sent' && <span className="muted">{t('details.serverSaid', { error: entry.lastError })}</span>}
                      </td>
                      <td>
                        <a href={`/api/admin/outbox/${entry.id}.eml`} download={`${entry.key}.eml`}>
                          {t('table.downloadEml')}
                          <span className="visually-hidden"> {t('table.downloadWhich', { subject: entry.subject, to: entry.to })}</span>
                        </a>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TablePanel>
            <div className="pager">
              <span className="muted small">{t('pager.shown', { n: entries.length })}</span>
              {page?.nextBefore != null ? (
                <button className="button" type="button" disabled={loadingOlder} onClick={() => void loadOlder()}>
                  {loadingOlder ? t('pager.loading') : t('pager.older')}
                </button>
              ) : (
                <span className="muted small">{t('pager.oldest')}</span>
              )}
            </div>
          </>
        )}
      </div>
    </AdminLayout>
  );
}
