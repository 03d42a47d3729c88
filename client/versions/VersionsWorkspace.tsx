import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { MeView, StatementView, VersionView } from '../../shared/api/types.ts';
import { usePagedResource } from '../api/usePagedResource.ts';
import { FormError } from '../layout/FormError.tsx';
import { LoadMoreButton } from '../layout/LoadMoreButton.tsx';
import { parseComparedText, type ComparedText } from './comparedText.ts';
import type { DiffLayout } from './DiffLayoutToggle.tsx';
import { NameVersionForm } from './NameVersionForm.tsx';
import { VersionComparison } from './VersionComparison.tsx';
import { VersionHistory } from './VersionHistory.tsx';
import { VersionReader } from './VersionReader.tsx';

/**
 * The history of a statement's text: the list of versions beside either one version, read-only,
 * or a comparison of two texts. What is shown lives in the address (`?version=3`,
 * `?from=2&to=live&layout=side-by-side`), so a comparison can be linked to and survives a reload.
 */
export function VersionsWorkspace({ statement, me }: { statement: StatementView; me: MeView }) {
  const { t } = useTranslation('versions');
  const versions = usePagedResource<VersionView>(`/api/statements/${encodeURIComponent(statement.id)}/versions`, t('workspace.notLoaded'));
  const [params, setParams] = useSearchParams();
  const [restored, setRestored] = useState<{ number: number; name: string } | null>(null);
  const list = versions.data;
  const mayDraft = statement.can.includes('statement.nameVersion');

  const reading = parseComparedText(params.get('version'));
  const from = parseComparedText(params.get('from')) ?? list?.[0]?.number ?? 'live';
  const to = parseComparedText(params.get('to')) ?? 'live';
  const layout: DiffLayout = params.get('layout') === 'side-by-side' ? 'side-by-side' : 'inline';

  function show(changes: Record<string, string | null>) {
    setParams((current) => {
      const next = new URLSearchParams(current);
      for (const [key, value] of Object.entries(changes)) {
        if (value === null) next.delete(key);
        else next.set(key, value);
      }
      return next;
    });
  }
  const compare = (comparison: { from: ComparedText; to: ComparedText; layout?: DiffLayout }) =>
    show({ version: null, from: String(comparison.from), to: String(comparison.to), layout: comparison.layout === 'side-by-side' ? 'side-by-side' : null });

  return (
    <div className="versions-layout">
      <div className="stack">
        {restored && (
          <div className="notice notice--ok" role="status">
            {t('workspace.restored', { number: restored.number, name: restored.name })}
          </div>
        )}
        <FormError message={versions.error} />
        {list === null && !versions.error && (
          <p className="muted" aria-busy="true">
            {t('workspace.loading')}
          </p>
        )}
        {list !== null && typeof reading === 'number' && (
          <VersionReader
            key={reading}
            statementId={statement.id}
            number={reading}
            mayRestore={statement.can.includes('statement.restoreVersion')}
            onCompareWithCurrent={() => compare({ from: reading, to: 'live', layout })}
            onClose={() => show({ version: null })}
            onRestored={(version) => {
              setRestored({ number: version.number, name: version.name });
              compare({ from: version.number, to: 'live', layout });
            }}
          />
        )}
        {list !== null && typeof reading !== 'number' && list.length > 0 && (
          <VersionComparison statementId={statement.id} versions={list} from={from} to={to} layout={layout} onChange={compare} />
        )}
        {list !== null && typeof reading !== 'number' && list.length === 0 && (
          <div className="empty-state">
            <h2>{t('workspace.emptyTitle')}</h2>
            <p className="muted">{mayDraft ? t('workspace.emptyDrafter') : t('workspace.emptyReader')}</p>
          </div>
        )}
      </div>
      <aside className="stack versions-layout__side">
        {mayDraft && <NameVersionForm statementId={statement.id} onNamed={versions.reload} />}
        <section className="panel panel--section" aria-labelledby="version-history-heading">
          <h2 id="version-history-heading">{t('history.title')}</h2>
          {list && (
            <VersionHistory
              versions={list}
              reading={typeof reading === 'number' ? reading : null}
              onRead={(number) => show({ version: String(number) })}
              onCompareWithCurrent={(number) => compare({ from: number, to: 'live', layout })}
            />
          )}
          <LoadMoreButton list={versions} what="versions" />
        </section>
      </aside>
    </div>
  );
}
