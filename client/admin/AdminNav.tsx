import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import type { MeView } from '../../shared/api/types.ts';
import { ADMIN_PAGES } from './adminPages.ts';

/** Tabs between the secretariat's pages. */
export function AdminNav({ me }: { me: MeView }) {
  const { t } = useTranslation('admin');
  return (
    <nav className="admin-nav" aria-label={t('nav.label')}>
      {ADMIN_PAGES.filter((page) => me.can.includes(page.action)).map((page) => (
        <NavLink key={page.path} to={page.path} className="admin-nav__tab">
          {page.label}
        </NavLink>
      ))}
    </nav>
  );
}
