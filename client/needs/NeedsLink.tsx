import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { useNeedCount } from './useNeedCount.ts';

/** The header's link to "What needs me", with the number of open items (named in its accessible name). */
export function NeedsLink() {
  const { t } = useTranslation('needs');
  const count = useNeedCount();
  const label = count === null ? t('link.title') : t('link.withCount', { items: count });
  return (
    <NavLink to="/needs" aria-label={label} className="needs-link" data-testid="needs-link">
      {t('link.title')}
      {count !== null && count > 0 && (
        <>
          {/* The space keeps the title and the number apart as words, so the name ("…, 3 items") contains what shows (WCAG 2.5.3). */}{' '}
          <span className="needs-link__count" aria-hidden="true">
            {count > 99 ? '99+' : count}
          </span>
        </>
      )}
    </NavLink>
  );
}
