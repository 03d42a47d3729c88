import { Link, useNavigate } from 'react-router';
import type { MeView } from '../../shared/api/types.ts';
import { useSession } from '../auth/SessionContext.tsx';

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
        <span className="brand__mark" aria-hidden="true">A</span> Accord
      </Link>
      <nav className="app-header__nav" aria-label="Main">
        <Link to="/">Statements</Link>
      </nav>
      <div className="app-header__user">
        <span className="app-header__name">
          {me.user.name}
          <small>{me.org ? me.org.name : me.user.role === 'secretariat' ? 'Secretariat' : ''}</small>
        </span>
        <button className="button button--quiet" type="button" onClick={handleSignOut}>
          Sign out
        </button>
      </div>
    </header>
  );
}
