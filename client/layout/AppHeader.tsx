import { Link, NavLink, useNavigate } from 'react-router';
import type { MeView } from '../../shared/api/types.ts';
import { useSession } from '../auth/SessionContext.tsx';
import { AdminMenu } from './AdminMenu.tsx';
import { NeedsLink } from '../needs/NeedsLink.tsx';

export function AppHeader({ me }: { me: MeView }) {
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
          A
        </span>{' '}
        Accord
      </Link>
      <nav className="app-header__nav" aria-label="Main">
        <NavLink to="/" end>
          Statements
        </NavLink>
        <NeedsLink />
        {me.org && <NavLink to="/purpose">Statement of Purpose</NavLink>}
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
          <input
            type="search"
            name="q"
            placeholder="Search statements and comments"
            aria-label="Search statements, comments and versions"
            minLength={2}
            maxLength={200}
          />
        </form>
      </search>
      <div className="app-header__user">
        <span className="app-header__name">
          {me.user.name}
          <small>{me.org ? me.org.name : me.user.role === 'secretariat' ? 'Secretariat' : ''}</small>
        </span>
        <NavLink to="/account" className="button button--quiet">
          Account
        </NavLink>
        <button className="button button--quiet" type="button" onClick={handleSignOut}>
          Sign out
        </button>
      </div>
    </header>
  );
}
