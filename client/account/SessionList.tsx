import { useNavigate } from 'react-router';
import type { SessionView } from '../../shared/api/types.ts';
import { apiRequest } from '../api/apiRequest.ts';
import type { ApiResource } from '../api/useApiResource.ts';
import { useSession } from '../auth/SessionContext.tsx';
import { ConfirmButton } from '../layout/ConfirmButton.tsx';
import { FormError } from '../layout/FormError.tsx';
import { formatDateTime } from '../layout/formatDateTime.ts';
import { formatWhen } from '../statements/formatWhen.ts';
import { describeBrowser } from './describeBrowser.ts';

/** Where one is signed in: sign out one device, or all of them. */
export function SessionList({ sessions }: { sessions: ApiResource<SessionView[]> }) {
  const { signOut } = useSession();
  const navigate = useNavigate();
  // This device first, then the most recently used.
  const sorted = [...(sessions.data ?? [])].sort((a, b) => Number(b.current) - Number(a.current) || b.lastSeenAt.localeCompare(a.lastSeenAt));

  async function handleLogOutEverywhere() {
    await apiRequest('POST', '/api/auth/logout-everywhere');
    await signOut();
    navigate('/login', { replace: true });
  }

  return (
    <section className="panel panel--section" aria-labelledby="sessions-heading">
      <h2 id="sessions-heading">Where you are signed in</h2>
      <FormError message={sessions.error} />
      {sessions.data === null && !sessions.error && (
        <p className="muted small" aria-busy="true">
          Loading…
        </p>
      )}
      {sorted.length > 0 && (
        <ul className="session-list">
          {sorted.map((session) => (
            <li key={session.id} className="session-list__item">
              <div>
                <strong>{describeBrowser(session.userAgent)}</strong>
                {session.current && <span className="badge badge--ok badge--inline">This device</span>}
                <div className="muted small">
                  Signed in {formatDateTime(session.createdAt)} · last active{' '}
                  <span title={formatDateTime(session.lastSeenAt)}>{formatWhen(session.lastSeenAt)}</span>
                </div>
              </div>
              {!session.current && (
                <ConfirmButton
                  label="Sign out"
                  accessibleLabel={`Sign out ${describeBrowser(session.userAgent)}, signed in ${formatDateTime(session.createdAt)}`}
                  question="Sign out this device?"
                  confirmLabel="Sign out"
                  failure="The device could not be signed out."
                  onConfirm={async () => {
                    await apiRequest('DELETE', `/api/me/sessions/${encodeURIComponent(session.id)}`);
                    sessions.reload();
                  }}
                />
              )}
            </li>
          ))}
        </ul>
      )}
      <div className="form__actions">
        <ConfirmButton
          label="Log out everywhere"
          question="Sign out every device, this one included?"
          confirmLabel="Log out everywhere"
          failure="Logging out everywhere failed."
          onConfirm={handleLogOutEverywhere}
        />
      </div>
    </section>
  );
}
