import { useTranslation } from 'react-i18next';
import type { VersionView } from '../../shared/api/types.ts';
import { formatDateTime } from '../layout/formatDateTime.ts';
import { VersionHash } from './VersionHash.tsx';

interface VersionHistoryProps {
  versions: VersionView[];
  /** The version being read, if any, to mark it in the list. */
  reading: number | null;
  onRead(number: number): void;
  onCompareWithCurrent(number: number): void;
}

/** Every version, newest first: who named it and when, its hash, and the ways to look at it. */
export function VersionHistory({ versions, reading, onRead, onCompareWithCurrent }: VersionHistoryProps) {
  const { t } = useTranslation('versions');
  if (versions.length === 0) return <p className="muted small">{t('history.none')}</p>;
  return (
    <ol className="version-list">
      {versions.map((version) => (
        <li key={version.number} className={`version-item${reading === version.number ? ' is-selected' : ''}`} data-testid="version-item">
          <div className="version-item__title">
            <span className="version-item__number">#{version.number}</span>
            <strong>{version.name}</strong>
            {version.kind === 'final' && <span className="badge badge--ok badge--inline">{t('final')}</span>}
          </div>
          <div className="muted small">
            {version.createdBy.name} · {version.createdBy.organisation ?? t('secretariat')}
            <br />
            <time dateTime={version.createdAt}>{formatDateTime(version.createdAt)}</time>
          </div>
          <VersionHash hash={version.hash} number={version.number} />
          <div className="version-item__actions">
            <button
              className="button button--small"
              type="button"
              aria-label={t('history.readLabel', { number: version.number })}
              onClick={() => onRead(version.number)}
            >
              {t('history.read')}
            </button>
            <button
              className="button button--small button--quiet"
              type="button"
              aria-label={t('history.compareLabel', { number: version.number })}
              onClick={() => onCompareWithCurrent(version.number)}
            >
              {t('history.compare')}
            </button>
          </div>
        </li>
      ))}
    </ol>
  );
}
