import { useEffect, useRef } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import type { ForkPublicationPreview, MeView, StatementView } from '../../shared/api/types.ts';
import { apiRequest } from '../api/apiRequest.ts';
import { useApiResource } from '../api/useApiResource.ts';
import { ConfirmButton } from '../layout/ConfirmButton.tsx';
import { FormError } from '../layout/FormError.tsx';

/**
 * A fork is published by its own organisation, under its own name and address, never as the
 * coalition's: only a signatory of that organisation (once it agreed to the Statement of Purpose)
 * is offered the button, and the confirmation quotes the label the public page will carry.
 */
export function PublishForkPanel({
  fork,
  me,
  publishedUrl: url,
  onPublished,
}: {
  fork: StatementView;
  me: MeView;
  /** Where this page just published the fork: kept by the page, since publishing moves this panel (the fork is no longer managed). */
  publishedUrl: string | null;
  onPublished(url: string): void;
}) {
  const { t } = useTranslation('forks');
  // Just published: the button that was pressed is gone, so focus lands on where the fork is now public (again
  // when the panel is drawn anew in its published place).
  const outcome = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (url !== null) outcome.current?.focus();
  }, [url]);
  const preview = useApiResource<ForkPublicationPreview>(`/api/statements/${encodeURIComponent(fork.id)}/fork-publication`, t('publish.previewFailed'));
  const organisation = fork.ownerOrg?.name ?? t('publish.yourOrganisation');
  // Only hides the button; the server decides (fork.publish and ownership).
  const signsForOwner = me.user.role === 'signatory' && me.purpose.agreed && me.org !== null && me.org.id === fork.ownerOrg?.id;

  async function handlePublish() {
    const published = await apiRequest<{ url: string }>('POST', `/api/statements/${encodeURIComponent(fork.id)}/fork-publication`, {});
    onPublished(published.url);
  }

  const publicPath = preview.data?.path ?? null;
  return (
    <section className="panel panel--section" aria-labelledby="publish-fork-heading">
      <h2 id="publish-fork-heading">{t('publish.heading', { organisation })}</h2>
      <FormError message={preview.error} />
      {fork.stage === 'published' || url ? (
        <p ref={outcome} role={url === null ? undefined : 'status'} tabIndex={url === null ? undefined : -1}>
          {t('publish.published')} <a href={url ?? publicPath ?? undefined}>{url ?? publicPath}</a>
        </p>
      ) : preview.data === null ? null : signsForOwner ? (
        <>
          <p className="muted small">
            <Trans
              t={t}
              i18nKey="publish.explanation"
              values={{ organisation, path: preview.data.path }}
              components={{
                a: (
                  // biome-ignore lint/a11y/useAnchorContent: Trans puts the address in the link
                  <a href={preview.data.path} />
                ),
              }}
            />
          </p>
          <ConfirmButton
            label={t('publish.button', { organisation })}
            question={
              <Trans
                t={t}
                i18nKey="publish.question"
                values={{ organisation, path: preview.data.path, label: preview.data.label }}
                components={{
                  a: (
                    // biome-ignore lint/a11y/useAnchorContent: Trans puts the address in the link
                    <a href={preview.data.path} />
                  ),
                }}
              />
            }
            confirmLabel={t('publish.confirm')}
            onConfirm={handlePublish}
            failure={t('publish.failed')}
            tone="plain"
          />
        </>
      ) : (
        <p className="muted small">{t('publish.bySignatory', { organisation, path: preview.data.path, label: preview.data.label })}</p>
      )}
    </section>
  );
}
