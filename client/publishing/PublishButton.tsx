import { useTranslation } from 'react-i18next';
import type { StatementView } from '../../shared/api/types.ts';
import { apiRequest } from '../api/apiRequest.ts';
import { ConfirmButton } from '../layout/ConfirmButton.tsx';

/** Secretariat, during sign-on: puts the final text and its signatories on the public site. */
export function PublishButton({
  statement,
  signatures,
  warning = null,
  onPublished,
}: {
  statement: StatementView;
  signatures: number | null;
  /** What publishing now cuts short (organisations undecided, deadline left), said before asking. */
  warning?: string | null;
  onPublished(url: string): void;
}) {
  const { t, i18n } = useTranslation('publishing');
  const version = statement.finalVersion?.number;
  const question = signatures === null ? t('publish.questionSignatories', { version }) : t('publish.question', { version, n: signatures });
  // The warning is a clause that starts lower case; here it opens the question.
  const opening = warning ? `${warning.charAt(0).toLocaleUpperCase(i18n.language)}${warning.slice(1)} ` : '';
  return (
    <ConfirmButton
      label={t('publish.button')}
      question={`${opening}${question}`}
      confirmLabel={t('publish.confirm')}
      tone="plain"
      failure={t('publish.failure')}
      busyLabel={t('publish.busy')}
      onConfirm={async () => {
        const published = await apiRequest<{ stage: 'published'; url: string }>('POST', `/api/statements/${encodeURIComponent(statement.id)}/publish`, {});
        onPublished(published.url);
      }}
    />
  );
}
