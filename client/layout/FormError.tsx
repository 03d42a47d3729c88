import { useTranslation } from 'react-i18next';

/** An error under a form, announced to screen readers; an ended session gets a link to sign in again. */
export function FormError({ message }: { message: string | null }) {
  const { t } = useTranslation('feedback');
  if (!message) return null;
  return (
    <p className="form-error" role="alert">
      {message}
      {message === t('status.unauthorised') && (
        <>
          {' '}
          <a href="/login">{t('status.signIn')}</a>
        </>
      )}
    </p>
  );
}
