import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, useLocation, useNavigate } from 'react-router';
import type { MeView } from '../../shared/api/types.ts';
import { PRODUCT_MARK, PRODUCT_NAME } from '../../shared/i18n/productName.ts';
import { useSession } from '../auth/SessionContext.tsx';
import { NeedsLink } from '../needs/NeedsLink.tsx';
import { AdminMenu } from './AdminMenu.tsx';
import '../styles/shell.css';

/**
 * The header. On a phone (below 720 px, in shell.css) the navigation, the admin menu and the account sit behind
 * a "Menu" disclosure button; the search stays in view. On wider screens the button is hidden and the panel's
 * contents lay out inline.
 */
export function AppHeader({ me }: { me: MeView }) {
  const { t } = useTranslation('common');
  const { signOut } = useSession();
  const navigate = useNavigate();
  const { pathname, search } = useLocation();
  const [open, setOpen] = useState(false);
  const menuButton = useRef<HTMLButtonElement>(null);
  const panelId = useId();

  // Choosing a page closes the menu.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on each navigation
  useEffect(() => setOpen(false), [pathname, search]);

  async function handleSignOut() {
    await signOut();
    navigate('/login', { replace: true });
  }

  function handlePanelKeyDown(event: KeyboardEvent) {
    // An open admin menu inside takes Escape first (it closes itself); the next Escape closes the panel.
    if (event.key !== 'Escape' || !open) return;
    if (event.target instanceof Element && event.target.closest('details[open]')) return;
    setOpen(false);
    menuButton.current?.focus();
  }

  return (
    <header className="app-header">
      <Link to="/" className="brand">
        <span className="brand__mark" aria-hidden="true">
          {PRODUCT_MARK}
        </span>{' '}
        {PRODUCT_NAME}
      </Link>
      <search className="app-header__search">
        <form
          onSubmit={(event) => {
            event.preventDefault();
            const q = new FormData(event.currentTarget).get('q');
            navigate(`/search?q=${encodeURIComponent(String(q ?? '').trim())}`);
          }}
        >
          <input type="search" name="q" placeholder={t('header.searchPlaceholder')} aria-label={t('header.searchLabel')} minLength={2} maxLength={200} />
        </form>
      </search>
      <button
        ref={menuButton}
        type="button"
        className="button button--quiet app-header__menu-button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((wasOpen) => !wasOpen)}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && open) setOpen(false);
        }}
      >
        {t('layout:header.menu')}
      </button>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: Escape from anywhere inside the disclosure closes it */}
      <div id={panelId} className={`app-header__panel${open ? ' app-header__panel--open' : ''}`} onKeyDown={handlePanelKeyDown}>
        <nav className="app-header__nav" aria-label={t('header.mainNavigation')}>
          <NavLink to="/" end>
            {t('header.dashboard')}
          </NavLink>
          <NavLink to="/statements">{t('header.statements')}</NavLink>
          <NeedsLink />
          {me.org && <NavLink to="/purpose">{t('header.purpose')}</NavLink>}
          <AdminMenu me={me} />
        </nav>
        <div className="app-header__user">
          <span className="app-header__name">
            {me.user.name}
            <small>{me.org ? me.org.name : me.user.role === 'secretariat' ? t('header.secretariat') : ''}</small>
          </span>
          <NavLink to="/account" className="button button--quiet">
            {t('header.account')}
          </NavLink>
          <button className="button button--quiet" type="button" onClick={handleSignOut}>
            {t('header.signOut')}
          </button>
        </div>
      </div>
    </header>
  );
}
