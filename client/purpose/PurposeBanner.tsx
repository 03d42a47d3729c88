import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MeView } from '../../shared/api/types.ts';

/** Reminds a contact, while their organisation has not agreed to the Statement of Purpose, what that holds back. */
export function PurposeBanner({ me }: { me: MeView }) {
  const { t } = useTranslation('purpose');
  if (!me.org || me.purpose.agreed) return null;
  return (
    <div className="notice notice--warn purpose-banner" data-testid="purpose-banner">
      <span>{t('banner.notAgreed', { version: me.purpose.version })}</span>
      <Link to="/purpose" className="button button--small">
        {t('banner.readAndAgree')}
      </Link>
    </div>
  );
}
