import type { LineageForkView } from '../../shared/api/types.ts';

type Counts = LineageForkView['passages'];

const CATEGORIES: { key: keyof Counts; label: string }[] = [
  { key: 'kept', label: 'kept' },
  { key: 'changed', label: 'changed' },
  { key: 'dropped', label: 'dropped' },
  { key: 'added', label: 'added' },
];

/** How a fork treated its upstream's passages, as four small bars on one scale. */
export function PassageCounts({ counts }: { counts: Counts }) {
  const scale = Math.max(counts.kept + counts.changed + counts.dropped, counts.added, 1);
  return (
    <dl className="passage-counts">
      {CATEGORIES.map(({ key, label }) => (
        <div key={key} className={`passage-count passage-count--${key}`}>
          <dt>{label}</dt>
          <dd>
            <span className="passage-count__number">{counts[key]}</span>
            <span className="passage-count__bar" aria-hidden="true">
              <span style={{ width: `${(counts[key] / scale) * 100}%` }} />
            </span>
          </dd>
        </div>
      ))}
    </dl>
  );
}
