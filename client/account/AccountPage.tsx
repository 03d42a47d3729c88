import { useTranslation } from 'react-i18next';
import type { MeView, SessionView } from '../../shared/api/types.ts';
import { useApiResource } from '../api/useApiResource.ts';
import { AppHeader } from '../layout/AppHeader.tsx';
import { CalendarSection } from './CalendarSection.tsx';
import { ChangePasswordForm } from './ChangePasswordForm.tsx';
import { LanguageForm } from './LanguageForm.tsx';
import { NotificationSettingsForm } from './NotificationSettingsForm.tsx';
import { SessionList } from './SessionList.tsx';

export function AccountPage({ me }: { me: MeView }) {
  const { t } = useTranslation('account');
  const sessions = useApiResource<SessionView[]>('/api/me/sessions', t('sessions.notLoaded'));
  const organisation = me.org?.name;
  // One whole phrase per role, with or without the organisation, so translators can order it.
  const roles = {
    secretariat: organisation ? t('role.secretariatFor', { organisation }) : t('role.secretariat'),
    contact: organisation ? t('role.contactFor', { organisation }) : t('role.contact'),
    signatory: organisation ? t('role.signatoryFor', { organisation }) : t('role.signatory'),
  };

  return (
    <>
      <AppHeader me={me} />
      <main className="page">
        <div className="page__heading">
          <h1>{t('title')}</h1>
          <p className="muted">
            {me.user.name} · {me.user.email} · {roles[me.user.role]}
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
