import { Link } from 'react-router';
import type { MeView } from '../../shared/api/types.ts';
import { AppHeader } from '../layout/AppHeader.tsx';

/** An administration page opened by someone who is not the secretariat (the API refuses them too). */
export function NotAllowed({ me }: { me: MeView }) {
  return (
    <>
      <AppHeader me={me} />
      <main className="page">
        <div className="empty-state" role="alert">
          <h1 className="empty-state__title">This page is for the secretariat</h1>
          <p className="muted">Your account ({me.user.email}) cannot manage the coalition. If you need something changed, ask the secretariat.</p>
          <Link className="button" to="/">
            Go to the statements
          </Link>
        </div>
      </main>
    </>
  );
}
