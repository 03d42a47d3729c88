import { useState } from 'react';
import type { StatementView } from '../../shared/api/types.ts';
import { apiRequest } from '../api/apiRequest.ts';
import { ConfirmButton } from '../layout/ConfirmButton.tsx';

/** A fork is published by its own organisation, under its own name: its text as it is now. */
export function PublishForkPanel({ fork, onChanged }: { fork: StatementView; onChanged(): void }) {
  const [url, setUrl] = useState<string | null>(null);
  const organisation = fork.ownerOrg?.name ?? 'your organisation';

  async function handlePublish() {
    const published = await apiRequest<{ url: string }>('POST', `/api/statements/${encodeURIComponent(fork.id)}/fork-publication`, {});
    setUrl(published.url);
    onChanged();
  }

  const publicPath = `/p/${encodeURIComponent(fork.slug)}`;
  return (
    <section className="panel panel--section" aria-labelledby="publish-fork-heading">
      <h2 id="publish-fork-heading">Publish under {organisation}'s name</h2>
      {fork.stage === 'published' || url ? (
        <p>
          Published: <a href={url ?? publicPath}>{url ?? publicPath}</a>
        </p>
      ) : (
        <>
          <p className="muted small">
            Puts this text, as it is now, on the public site as {organisation}'s own version, with its version number and hash. The text
            is then final: editing stops.
          </p>
          <ConfirmButton
            label={`Publish as ${organisation}`}
            question={`Publish this text as ${organisation}'s own version? Editing stops and the page is public.`}
            confirmLabel="Publish"
            onConfirm={handlePublish}
            failure="The fork could not be published."
            tone="plain"
          />
        </>
      )}
    </section>
  );
}
