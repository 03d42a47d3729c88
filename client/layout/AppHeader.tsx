import { useTranslation } from 'react-i18next';
import { Link, NavLink, useNavigate } from 'react-router';
import type { MeView } from '../../shared/api/types.ts';
import { PRODUCT_MARK, PRODUCT_NAME } from '../../shared/i18n/productName.ts';
import { useSession } from '../auth/SessionContext.tsx';
import { AdminMenu } from './AdminMenu.tsx';
import { NeedsLink } from '../needs/NeedsLink.tsx';

export function AppHeader({ me }: { me: MeView }) {
  const { t } = useTranslation('common');
  const { signOut } = useSession();
  const navigate = useNavigate();

  async function handleSignOut() {
    await signOut();
    navigate('/login', { replace: true });
  }

  return (
    <header className="app-header">
      <Link to="/" className="brand">
        <span className="brand__mark" aria-hidden="true">
          {PRODUCT_MARK}
        </span>{' '}
        {PRODUCT_NAME}
      </Link>
      <nav className="app-header__nav" aria-label={t('header.mainNavigation')}>
        <NavLink to="/" end>
          {t('header.statements')}
        </NavLink>
        <NeedsLink />
        {me.org && <NavLink to="/purpose">{t('header.purpose')}</NavLink>}
        <AdminMenu me={me} />
      </nav>
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
    </header>
  );
}
