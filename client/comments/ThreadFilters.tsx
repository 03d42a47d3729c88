import { useTranslation } from 'react-i18next';
import { THREAD_FILTERS, threadFilterLabel, type ThreadFilter } from './threadFilter.ts';

/** Open, Resolved, Mine, Suggestions: one at a time, each with how many threads it holds. */
export function ThreadFilters({
  value,
  counts,
  onChange,
}: {
  value: ThreadFilter;
  counts: Record<ThreadFilter, number>;
  onChange: (filter: ThreadFilter) => void;
}) {
  const { t } = useTranslation('comments');
  return (
    <fieldset className="thread-filters" aria-label={t('filters.label')}>
      {THREAD_FILTERS.map((filter) => (
        <button key={filter} type="button" className="thread-filters__button" aria-pressed={value === filter} onClick={() => onChange(filter)}>
          {threadFilterLabel(filter, t)} <span className="thread-filters__count">{counts[filter]}</span>
        </button>
      ))}
    </fieldset>
  );
}
