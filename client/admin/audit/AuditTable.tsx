import { useTranslation } from 'react-i18next';
import type { AuditEntryView } from '../../../shared/api/types.ts';
import { dateLocale } from '../../i18n/dateLocale.ts';
import { formatDateTime } from '../../layout/formatDateTime.ts';
import { describeAuditEntry } from './describeAuditEntry.ts';
import { summariseDetails } from './summariseDetails.ts';
import { TablePanel } from '../../layout/TablePanel.tsx';

/** Audit entries, newest first, each as a sentence (its action code beside it, small); ids shown as the names we know. */
export function AuditTable({ entries, nameOf }: { entries: AuditEntryView[]; nameOf(id: string): string | undefined }) {
  const { t, i18n } = useTranslation('audit');
  const locale = dateLocale(i18n.language);
  return (
    <TablePanel>
      <table className="data-table data-table--dense">
        <thead>
          <tr>
            <th scope="col" className="data-table__number">
              #
            </th>
            <th scope="col">{t('table.time')}</th>
            <th scope="col">{t('table.actor')}</th>
            <th scope="col">{t('table.action')}</th>
            <th scope="col">{t('table.subject')}</th>
            <th scope="col">{t('table.details')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.sequence}>
              <td className="data-table__number muted">{entry.sequence}</td>
              <td className="data-table__nowrap">
                <time dateTime={entry.at}>{formatDateTime(entry.at, { seconds: true })}</time>
              </td>
              <td className="data-table__nowrap">{entry.actorEmail ?? <span className="muted">{t('table.system')}</span>}</td>
              <td className="data-table__wrap">
                <span data-testid="audit-sentence">{describeAuditEntry(entry, nameOf, t, locale)}</span>{' '}
                <code className="action-name muted small" title={t('entry.code', { code: entry.action })}>
                  {entry.action}
                </code>
              </td>
              <td className="data-table__wrap">
                {entry.subjectType && <span className="muted">{entry.subjectType} </span>}
                {entry.subjectId && <span title={entry.subjectId}>{nameOf(entry.subjectId) ?? shortId(entry.subjectId)}</span>}
              </td>
              <td className="data-table__wrap data-table__details" title={JSON.stringify(entry.details)}>
                {summariseDetails(entry.details, nameOf)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TablePanel>
  );
}

// Ids are UUIDs: their first group tells them apart on screen; the whole id is in the tooltip and the CSV.
function shortId(id: string): string {
  return id.length > 12 ? `${id.slice(0, 8)}…` : id;
}
