import { THREAD_FILTER_LABELS, THREAD_FILTERS, type ThreadFilter } from './threadFilter.ts';

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
  return (
    <fieldset className="thread-filters" aria-label="Show threads">
      {THREAD_FILTERS.map((filter) => (
        <button key={filter} type="button" className="thread-filters__button" aria-pressed={value === filter} onClick={() => onChange(filter)}>
          {THREAD_FILTER_LABELS[filter]} <span className="thread-filters__count">{counts[filter]}</span>
        </button>
      ))}
    </fieldset>
  );
}
