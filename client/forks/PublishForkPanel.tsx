import { useState } from 'react';
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
export function PublishForkPanel({ fork, me, onChanged }: { fork: StatementView; me: MeView; onChanged(): void }) {
  const [url, setUrl] = useState<string | null>(null);
  const preview = useApiResource<ForkPublicationPreview>(
    `/api/statements/${encodeURIComponent(fork.id)}/fork-publication`,
    'What the public page would show could not be loaded.',
  );
  const organisation = fork.ownerOrg?.name ?? 'your organisation';
  // Only hides the button; the server decides (fork.publish and ownership).
  const signsForOwner = me.user.role === 'signatory' && me.purpose.agreed && me.org !== null && me.org.id === fork.ownerOrg?.id;

  async function handlePublish() {
    const published = await apiRequest<{ url: string }>('POST', `/api/statements/${encodeURIComponent(fork.id)}/fork-publication`, {});
    setUrl(published.url);
    onChanged();
  }

  const publicPath = preview.data?.path ?? null;
  return (
    <section className="panel panel--section" aria-labelledby="publish-fork-heading">
      <h2 id="publish-fork-heading">Publish under {organisation}'s name</h2>
      <FormError message={preview.error} />
      {fork.stage === 'published' || url ? (
        <p>
          Published: <a href={url ?? publicPath ?? undefined}>{url ?? publicPath}</a>
        </p>
      ) : preview.data === null ? null : signsForOwner ? (
        <>
          <p className="muted small">
            Puts this text and its title, as they are now, on the public site as {organisation}'s own version, at{' '}
            <a href={preview.data.path}>{preview.data.path}</a>, never among the coalition's statements. The text is then final: editing stops.
          </p>
          <ConfirmButton
            label={`Publish as ${organisation}`}
            question={
              <>
                Publish this text at <a href={preview.data.path}>{preview.data.path}</a>? The public page, its PDF, Word, Markdown and HTML files and{' '}
                {organisation}'s feed will say: “{preview.data.label}”. Editing stops.
              </>
            }
            confirmLabel="Publish"
            onConfirm={handlePublish}
            failure="The fork could not be published."
            tone="plain"
          />
        </>
      ) : (
        <p className="muted small">
          A signatory of {organisation} publishes this fork in its name, at {preview.data.path}, labelled “{preview.data.label}”.
        </p>
      )}
    </section>
  );
}
