import { useTranslation } from 'react-i18next';

/** Whether an organisation agreed to the current Statement of Purpose: "Agreed v3", or not (and what it last agreed to). */
export function PurposeAgreementBadge({ agreedVersion, currentVersion }: { agreedVersion: number | null; currentVersion: number }) {
  const { t } = useTranslation('organisations');
  if (agreedVersion === currentVersion) return <span className="badge badge--ok">{t('purposeBadge.agreed', { version: agreedVersion })}</span>;
  if (agreedVersion === null) return <span className="badge badge--muted">{t('purposeBadge.notAgreed')}</span>;
  return (
    <span className="badge badge--warn" title={t('purposeBadge.outdatedTitle', { agreed: agreedVersion, current: currentVersion })}>
      {t('purposeBadge.outdated', { version: agreedVersion })}
    </span>
  );
}
