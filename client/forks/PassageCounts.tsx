import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { LineageForkView } from '../../shared/api/types.ts';

type Counts = LineageForkView['passages'];

const CATEGORIES: (keyof Counts)[] = ['kept', 'changed', 'dropped', 'added'];

function categoryLabel(category: keyof Counts, t: TFunction<'forks'>): string {
  switch (category) {
    case 'kept':
      return t('counts.kept');
    case 'changed':
      return t('counts.changed');
    case 'dropped':
      return t('counts.dropped');
    case 'added':
      return t('counts.added');
  }
}

/** How a fork treated its upstream's passages, as four small bars on one scale. */
export function PassageCounts({ counts }: { counts: Counts }) {
  const { t } = useTranslation('forks');
  const scale = Math.max(counts.kept + counts.changed + counts.dropped, counts.added, 1);
  return (
    <dl className="passage-counts">
      {CATEGORIES.map((key) => (
        <div key={key} className={`passage-count passage-count--${key}`}>
          <dt>{categoryLabel(key, t)}</dt>
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
