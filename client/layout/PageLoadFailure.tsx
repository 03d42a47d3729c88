import { useTranslation } from 'react-i18next';

/** What a page shows when its code could not be loaded (offline on a first visit, or a redeploy removed it). */
export function PageLoadFailure() {
  const { t } = useTranslation('layout');
  return (
    <main className="page">
      <div className="page-load-failure" role="alert">
        <h1>{t('loadFailed.title')}</h1>
        <p>{t('loadFailed.body')}</p>
        <button type="button" className="button" onClick={() => window.location.reload()}>
          {t('loadFailed.reload')}
        </button>
      </div>
    </main>
  );
}
