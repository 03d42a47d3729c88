import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CalendarFeedView } from '../../shared/api/types.ts';
import { OneTimeLink } from '../admin/OneTimeLink.tsx';
import { apiRequest } from '../api/apiRequest.ts';
import { errorMessage } from '../api/errorMessage.ts';
import { useSingleFlight } from '../api/useSingleFlight.ts';
import { FormError } from '../layout/FormError.tsx';

/** The user's secret calendar address (made on first request), how to subscribe, and revoking it. */
export function CalendarSection() {
  const { t } = useTranslation('account');
  const [url, setUrl] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const { busy, run } = useSingleFlight();
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function handleShow() {
    await run(async () => {
      setError(null);
      setNotice(null);
      try {
        setUrl((await apiRequest<CalendarFeedView>('GET', '/api/me/calendar')).url);
      } catch (caught) {
        setError(errorMessage(caught, t('calendar.notLoaded')));
      }
    });
  }

  async function handleRevoke() {
    await run(async () => {
      setError(null);
      try {
        await apiRequest<void>('DELETE', '/api/me/calendar');
        setUrl(null);
        setConfirming(false);
        setNotice(t('calendar.revoked'));
      } catch (caught) {
        setError(errorMessage(caught, t('calendar.notRevoked')));
      }
    });
  }

  return (
    <section className="panel panel--section calendar-section" aria-labelledby="calendar-heading">
      <h2 id="calendar-heading">{t('calendar.title')}</h2>
      <p className="muted">{t('calendar.intro')}</p>
      {url === null ? (
        <button className="button" type="button" onClick={() => void handleShow()} disabled={busy}>
          {t('calendar.show')}
        </button>
      ) : (
        <>
          <OneTimeLink label={t('calendar.addressLabel')} url={url} note={t('calendar.addressNote')} />
          {confirming ? (
            <fieldset className="confirm confirm--asking" aria-label={t('calendar.confirmLabel')}>
              <span>{t('calendar.confirmQuestion')}</span>
              <button className="button button--danger" type="button" onClick={() => void handleRevoke()} disabled={busy}>
                {t('calendar.confirmRevoke')}
              </button>
              <button className="button button--quiet" type="button" onClick={() => setConfirming(false)}>
                {t('calendar.cancel')}
              </button>
            </fieldset>
          ) : (
            <button className="button button--danger" type="button" onClick={() => setConfirming(true)}>
              {t('calendar.revoke')}
            </button>
          )}
        </>
      )}
      {notice && (
        <p className="form-success" role="status">
          {notice}
        </p>
      )}
      <FormError message={error} />
    </section>
  );
}
