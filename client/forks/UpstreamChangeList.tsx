import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { UpstreamView } from '../../shared/api/types.ts';
import { DiffText } from '../versions/DiffText.tsx';
import { PullButton } from './PullButton.tsx';
import { wordDiff } from './wordDiff.ts';

function kindLabel(kind: UpstreamView['changes'][number]['kind'], t: TFunction<'forks'>): string {
  switch (kind) {
    case 'added':
      return t('changes.added');
    case 'removed':
      return t('changes.removed');
    case 'changed':
      return t('changes.changed');
  }
}

/**
 * What changed upstream, paragraph by paragraph: a preview of what a pull brings in, each change
 * with its own pull button when `pull` is given.
 */
export function UpstreamChangeList({ changes, pull }: { changes: UpstreamView['changes']; pull?: { forkId: string; onPulled(): void } }) {
  const { t } = useTranslation('forks');
  return (
    <ol className="change-list" data-testid="upstream-changes">
      {changes.map((change) => (
        <li key={change.key} className={`change-item change-item--${change.kind}`}>
          <span className={`badge badge--inline change-item__kind change-item__kind--${change.kind}`}>{kindLabel(change.kind, t)}</span>
          <p className="change-item__text">
            {change.kind === 'changed' ? (
              <DiffText parts={wordDiff(change.before, change.after)} />
            ) : change.kind === 'added' ? (
              <ins className="diff-added">{change.after}</ins>
            ) : (
              <del className="diff-removed">{change.before}</del>
            )}
          </p>
          {pull && <PullButton forkId={pull.forkId} passageKey={change.key} onPulled={pull.onPulled} />}
        </li>
      ))}
    </ol>
  );
}
