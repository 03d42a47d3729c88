import type { UpstreamView } from '../../shared/api/types.ts';
import { DiffText } from '../versions/DiffText.tsx';
import { wordDiff } from './wordDiff.ts';

const KIND_LABELS = { added: 'Added', removed: 'Removed', changed: 'Changed' } as const;

/** What changed upstream, paragraph by paragraph: a preview of what a pull brings in. */
export function UpstreamChangeList({ changes }: { changes: UpstreamView['changes'] }) {
  return (
    <ol className="change-list" data-testid="upstream-changes">
      {changes.map((change, index) => (
        <li key={index} className={`change-item change-item--${change.kind}`}>
          <span className={`badge badge--inline change-item__kind change-item__kind--${change.kind}`}>{KIND_LABELS[change.kind]}</span>
          <p className="change-item__text">
            {change.kind === 'changed' ? (
              <DiffText parts={wordDiff(change.before, change.after)} />
            ) : change.kind === 'added' ? (
              <ins className="diff-added">{change.after}</ins>
            ) : (
              <del className="diff-removed">{change.before}</del>
            )}
          </p>
        </li>
      ))}
    </ol>
  );
}
