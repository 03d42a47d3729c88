import { Trans, useTranslation } from 'react-i18next';
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
  const { t } = useTranslation('account');
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
      <h2 id="sessions-heading">{t('sessions.title')}</h2>
      <FormError message={sessions.error} />
      {sessions.data === null && !sessions.error && (
        <p className="muted small" aria-busy="true">
          {t('sessions.loading')}
        </p>
      )}
      {sorted.length > 0 && (
        <ul className="session-list">
          {sorted.map((session) => {
            const browser = describeBrowser(session.userAgent, t);
            return (
              <li key={session.id} className="session-list__item">
                <div>
                  <strong>{browser}</strong>
                  {session.current && <span className="badge badge--ok badge--inline">{t('sessions.thisDevice')}</span>}
                  <div className="muted small">
                    <Trans
                      t={t}
                      i18nKey="sessions.signedInAt"
                      values={{ signedIn: formatDateTime(session.createdAt), lastActive: formatWhen(session.lastSeenAt) }}
                      components={{ when: <span title={formatDateTime(session.lastSeenAt)} /> }}
                    />
                  </div>
                </div>
                {!session.current && (
                  <ConfirmButton
                    label={t('sessions.signOut')}
                    accessibleLabel={t('sessions.signOutLabel', { browser, signedIn: formatDateTime(session.createdAt) })}
                    question={t('sessions.signOutQuestion')}
                    confirmLabel={t('sessions.signOut')}
                    failure={t('sessions.signOutFailed')}
                    onConfirm={async () => {
                      await apiRequest('DELETE', `/api/me/sessions/${encodeURIComponent(session.id)}`);
                      sessions.reload();
                    }}
                  />
                )}
              </li>
            );
          })}
        </ul>
      )}
      <div className="form__actions">
        <ConfirmButton
          label={t('sessions.everywhere')}
          question={t('sessions.everywhereQuestion')}
          confirmLabel={t('sessions.everywhere')}
          failure={t('sessions.everywhereFailed')}
          onConfirm={handleLogOutEverywhere}
        />
      </div>
    </section>
  );
}
