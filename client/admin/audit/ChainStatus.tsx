import { useTranslation } from 'react-i18next';
import type { AuditVerificationView } from '../../../shared/api/types.ts';
import { useApiResource } from '../../api/useApiResource.ts';
import { dateLocale } from '../../i18n/dateLocale.ts';

/** Whether every entry still chains to the one before it: proof that nobody edited the log in the database. */
export function ChainStatus() {
  const { t, i18n } = useTranslation('audit');
  const verification = useApiResource<AuditVerificationView>('/api/audit/verify', t('chain.notChecked'));
  const result = verification.data;

  return (
    <div className="chain-status" role="status" data-testid="chain-status">
      {verification.error ? (
        <span className="chain-badge chain-badge--unknown">{verification.error}</span>
      ) : result === null ? (
        <span className="chain-badge chain-badge--unknown" aria-busy="true">
          {t('chain.checking')}
        </span>
      ) : result.ok ? (
        <span className="chain-badge chain-badge--ok">
          <span aria-hidden="true">✓</span>{' '}
          {t('chain.intact', { n: result.checked, checked: new Intl.NumberFormat(dateLocale(i18n.language)).format(result.checked) })}
        </span>
      ) : (
        <span className="chain-badge chain-badge--broken">
          <span aria-hidden="true">✕</span> {t('chain.broken', { entry: result.brokenAt })}
          <span className="chain-badge__detail">{t('chain.brokenDetail')}</span>
        </span>
      )}
      <button className="button button--small button--quiet" type="button" onClick={verification.reload}>
        {t('chain.checkAgain')}
      </button>
    </div>
  );
}
