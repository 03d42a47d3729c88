import type { DiffView, VersionView } from '../../shared/api/types.ts';
import { useApiResource } from '../api/useApiResource.ts';
import { FormError } from '../layout/FormError.tsx';
import { SelectField } from '../layout/SelectField.tsx';
import { comparedTextLabel, parseComparedText, type ComparedText } from './comparedText.ts';
import { DiffInline } from './DiffInline.tsx';
import { DiffLayoutToggle, type DiffLayout } from './DiffLayoutToggle.tsx';
import { DiffSideBySide } from './DiffSideBySide.tsx';
import { diffSummary } from './diffSummary.ts';

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
  const diff = useApiResource<DiffView>(`/api/statements/${encodeURIComponent(statementId)}/diff?from=${from}&to=${to}`, 'The comparison could not be loaded.');
  const sides: ComparedText[] = ['live', ...versions.map((version) => version.number)];
  const label = (side: ComparedText) => comparedTextLabel(side, versions);
  const summary = diff.data ? diffSummary(diff.data.parts) : null;

  const select = (which: 'from' | 'to', value: ComparedText) => (
    <SelectField
      label={which === 'from' ? 'From' : 'To'}
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
      <h2 id="comparison-heading">Compare</h2>
      <div className="comparison__controls">
        {select('from', from)}
        <button
          className="button button--quiet button--small comparison__swap"
          type="button"
          aria-label="Swap the two texts"
          title="Swap"
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
          These texts differ too much to compare word by word, so whole paragraphs are shown: struck through as they were, underlined as they are now.
        </p>
      )}
      {!diff.data && !diff.error && (
        <p className="muted" aria-busy="true">
          Comparing…
        </p>
      )}
      {diff.data && summary && (
        <>
          <p className="comparison__summary small" role="status" data-testid="diff-summary">
            {summary.added + summary.removed === 0 ? (
              'The two texts are the same.'
            ) : (
              <>
                <span className="comparison__added">
                  {summary.added} {summary.added === 1 ? 'word' : 'words'} added
                </span>
                <span className="comparison__removed">{summary.removed} removed</span>
              </>
            )}
            {(from === 'live' || to === 'live') && (
              <button className="button button--quiet button--small" type="button" onClick={diff.reload}>
                Refresh the current text
              </button>
            )}
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
