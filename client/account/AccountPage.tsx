import type { MeView, SessionView } from '../../shared/api/types.ts';
import { useApiResource } from '../api/useApiResource.ts';
import { AppHeader } from '../layout/AppHeader.tsx';
import { CalendarSection } from './CalendarSection.tsx';
import { ChangePasswordForm } from './ChangePasswordForm.tsx';
import { LanguageForm } from './LanguageForm.tsx';
import { NotificationSettingsForm } from './NotificationSettingsForm.tsx';
import { SessionList } from './SessionList.tsx';

const ROLE_NAMES = { secretariat: 'Secretariat', contact: 'Contact', signatory: 'Contact, may sign' };

export function AccountPage({ me }: { me: MeView }) {
  const sessions = useApiResource<SessionView[]>('/api/me/sessions', 'Your sessions could not be loaded.');

  return (
    <>
      <AppHeader me={me} />
      <main className="page">
        <div className="page__heading">
          <h1>Your account</h1>
          <p className="muted">
            {me.user.name} · {me.user.email} · {me.org ? `${ROLE_NAMES[me.user.role]} for ${me.org.name}` : ROLE_NAMES[me.user.role]}
          </p>
        </div>
        <div className="admin-columns admin-columns--even">
          <ChangePasswordForm onChanged={sessions.reload} />
          <SessionList sessions={sessions} />
        </div>
        <div className="admin-columns admin-columns--even account-reach">
          <NotificationSettingsForm />
          <CalendarSection />
        </div>
        <LanguageForm me={me} />
      </main>
    </>
  );
}
