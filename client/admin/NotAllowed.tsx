import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MeView } from '../../shared/api/types.ts';
import { AppHeader } from '../layout/AppHeader.tsx';

/** An administration page opened by someone who is not the secretariat (the API refuses them too). */
export function NotAllowed({ me }: { me: MeView }) {
  const { t } = useTranslation('admin');
  return (
    <>
      <AppHeader me={me} />
      <main className="page">
        <div className="empty-state" role="alert">
          <h1 className="empty-state__title">{t('notAllowed.title')}</h1>
          <p className="muted">{t('notAllowed.explanation', { email: me.user.email })}</p>
          <Link className="button" to="/">
            {t('notAllowed.home')}
          </Link>
        </div>
      </main>
    </>
  );
}
