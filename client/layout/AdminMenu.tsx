import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import type { MeView } from '../../shared/api/types.ts';
import { ADMIN_PAGES } from '../admin/adminPages.ts';

/** The "Administration" menu of the header: the secretariat's pages the user may open. */
export function AdminMenu({ me }: { me: MeView }) {
  const { t } = useTranslation('layout');
  const menu = useRef<HTMLDetailsElement>(null);
  const { pathname } = useLocation();
  const pages = ADMIN_PAGES.filter((page) => me.can.includes(page.action));

  // Closes on a click elsewhere and on Escape, like any menu; after choosing a page (any navigation) the
  // key below gives a new, closed menu.
  useEffect(() => {
    const close = (event: Event) => {
      const details = menu.current;
      if (!details?.open) return;
      if (event instanceof KeyboardEvent ? event.key === 'Escape' : !details.contains(event.target as Node)) details.open = false;
    };
    document.addEventListener('click', close);
    document.addEventListener('keydown', close);
    return () => {
      document.removeEventListener('click', close);
      document.removeEventListener('keydown', close);
    };
  }, []);

  if (pages.length === 0) return null;
  return (
    <details key={pathname} className={`menu${pathname.startsWith('/admin') ? ' menu--current' : ''}`} ref={menu}>
      <summary>{t('adminMenu.title')}</summary>
      <ul className="menu__items">
        {pages.map((page) => (
          <li key={page.path}>
            <Link to={page.path} aria-current={pathname.startsWith(page.path) ? 'page' : undefined}>
              {page.label}
            </Link>
          </li>
        ))}
      </ul>
    </details>
  );
}
