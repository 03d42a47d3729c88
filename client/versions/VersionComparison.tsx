import { useTranslation } from 'react-i18next';
import type { DiffView, VersionView } from '../../shared/api/types.ts';
import { useApiResource } from '../api/useApiResource.ts';
import { FormError } from '../layout/FormError.tsx';
import { SelectField } from '../layout/SelectField.tsx';
import { comparedTextLabel, parseComparedText, type ComparedText } from './comparedText.ts';
import { DiffInline } from './DiffInline.tsx';
import { DiffLayoutToggle, type DiffLayout } from './DiffLayoutToggle.tsx';
import { DiffSideBySide } from './DiffSideBySide.tsx';
import { diffSummary } from './diffSummary.ts';
import { RedlineLink } from './RedlineLink.tsx';

interface VersionComparisonProps {
  statementId: string;
  versions: VersionView[];
  from: ComparedText;
  to: ComparedText;
  layout: DiffLayout;
  onChange(comparison: { from: ComparedText; to: ComparedText; layout: DiffLayout }): void;
}

/**
 * Any two texts of the statement (its versions and the current text), compared word by word, or
 * paragraph by paragraph when they differ too much; texts too large to compare get the server's
 * explanation (413) instead.
 */
export function VersionComparison({ statementId, versions, from, to, layout, onChange }: VersionComparisonProps) {
  const { t } = useTranslation('versions');
  const diff = useApiResource<DiffView>(`/api/statements/${encodeURIComponent(statementId)}/diff?from=${from}&to=${to}`, t('compare.notLoaded'));
  const sides: ComparedText[] = ['live', ...versions.map((version) => version.number)];
  const label = (side: ComparedText) => comparedTextLabel(side, versions, t);
  const summary = diff.data ? diffSummary(diff.data.parts) : null;

  const select = (which: 'from' | 'to', value: ComparedText) => (
    <SelectField
      label={which === 'from' ? t('compare.from') : t('compare.to')}
      className="comparison__side"
      value={String(value)}
      onChange={(event) => onChange({ from, to, layout, [which]: parseComparedText(event.target.value) ?? 'live' })}
    >
      {sides.map((side) => (
        <option key={side} value={String(side)}>
          {label(side)}
        </option>
      ))}
    </SelectField>
  );

  return (
    <section className="panel panel--section comparison" aria-labelledby="comparison-heading">
      <h2 id="comparison-heading">{t('compare.title')}</h2>
      <div className="comparison__controls">
        {select('from', from)}
        <button
          className="button button--quiet button--small comparison__swap"
          type="button"
          aria-label={t('compare.swapLabel')}
          title={t('compare.swap')}
          onClick={() => onChange({ from: to, to: from, layout })}
        >
          ⇄
        </button>
        {select('to', to)}
        <DiffLayoutToggle layout={layout} onChange={(next) => onChange({ from, to, layout: next })} />
      </div>
      <FormError message={diff.error} />
      {diff.data?.level === 'paragraphs' && (
        <p className="notice notice--warn small" role="note" data-testid="diff-level">
          {t('compare.paragraphs')}
        </p>
      )}
      {!diff.data && !diff.error && (
        <p className="muted" aria-busy="true">
          {t('compare.busy')}
        </p>
      )}
      {diff.data && summary && (
        <>
          <p className="comparison__summary small" role="status" data-testid="diff-summary">
            {summary.added + summary.removed === 0 ? (
              t('compare.same')
            ) : (
              <>
                <span className="comparison__added">{t('compare.added', { words: summary.added })}</span>
                <span className="comparison__removed">{t('compare.removed', { words: summary.removed })}</span>
              </>
            )}
            {(from === 'live' || to === 'live') && (
              <button className="button button--quiet button--small" type="button" onClick={diff.reload}>
                {t('compare.refresh')}
              </button>
            )}
            <RedlineLink statementId={statementId} from={from} to={to} />
          </p>
          {layout === 'inline' ? (
            <DiffInline parts={diff.data.parts} />
          ) : (
            <DiffSideBySide parts={diff.data.parts} beforeLabel={label(from)} afterLabel={label(to)} />
          )}
        </>
      )}
    </section>
  );
}
