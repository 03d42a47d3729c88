import { useTranslation } from 'react-i18next';
import type { VersionContentView } from '../../shared/api/types.ts';
import { useApiResource } from '../api/useApiResource.ts';
import { FormError } from '../layout/FormError.tsx';
import { formatDateTime } from '../layout/formatDateTime.ts';
import { keyedByContent } from '../layout/keyedByContent.ts';
import { RestoreVersionButton } from './RestoreVersionButton.tsx';
import { VersionHash } from './VersionHash.tsx';

interface VersionReaderProps {
  statementId: string;
  number: number;
  mayRestore: boolean;
  onCompareWithCurrent(): void;
  onClose(): void;
  onRestored(version: VersionContentView): void;
}

/** One version's text, read-only, paragraph by paragraph. */
export function VersionReader({ statementId, number, mayRestore, onCompareWithCurrent, onClose, onRestored }: VersionReaderProps) {
  const { t } = useTranslation('versions');
  const version = useApiResource<VersionContentView>(`/api/statements/${encodeURIComponent(statementId)}/versions/${number}`, t('reader.notLoaded'));
  const loaded = version.data;

  return (
    <section className="panel panel--section version-reader" aria-labelledby="version-reader-heading">
      <div className="version-reader__bar">
        <h2 id="version-reader-heading">
          {t('reader.title', { number })}
          {loaded && <span className="version-reader__name">{loaded.name}</span>}
          {loaded?.kind === 'final' && <span className="badge badge--ok badge--inline">{t('final')}</span>}
        </h2>
        <button className="button button--quiet button--small" type="button" onClick={onClose}>
          {t('reader.close')}
        </button>
      </div>
      <FormError message={version.error} />
      {!loaded && !version.error && (
        <p className="muted" aria-busy="true">
          {t('reader.loading')}
        </p>
      )}
      {loaded && (
        <>
          <p className="muted small meta-line">
            <span>{t('reader.namedBy', { name: loaded.createdBy.name, organisation: loaded.createdBy.organisation ?? t('secretariat') })}</span>
            <time dateTime={loaded.createdAt}>{formatDateTime(loaded.createdAt)}</time>
            <VersionHash hash={loaded.hash} number={loaded.number} />
          </p>
          <div className="version-text" data-testid="version-text">
            {loaded.blocks.length === 0 ? (
              <p className="muted">{t('reader.empty')}</p>
            ) : (
              keyedByContent(loaded.blocks, (block) => block).map(({ key, item: block }) => <p key={key}>{block}</p>)
            )}
          </div>
          <div className="form__actions version-reader__actions">
            <button className="button button--small" type="button" onClick={onCompareWithCurrent}>
              {t('reader.compare')}
            </button>
            {mayRestore && <RestoreVersionButton statementId={statementId} version={loaded} onRestored={() => onRestored(loaded)} />}
          </div>
        </>
      )}
    </section>
  );
}
