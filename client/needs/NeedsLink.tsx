import { NavLink } from 'react-router';
import { useNeedCount } from './useNeedCount.ts';

/** The header's link to "What needs me", with the number of open items (named in its accessible name). */
export function NeedsLink() {
  const count = useNeedCount();
  const label = count === null ? 'What needs me' : `What needs me, ${count} ${count === 1 ? 'item' : 'items'}`;
  return (
    <NavLink to="/needs" aria-label={label} className="needs-link" data-testid="needs-link">
      What needs me
      {count !== null && count > 0 && (
        <span className="needs-link__count" aria-hidden="true">
          {count > 99 ? '99+' : count}
        </span>
      )}
    </NavLink>
  );
}
