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
  const version = statement.finalVersion?.number;
  const who = signatures === null ? 'its signatories' : `the ${signatures} organisation${signatures === 1 ? '' : 's'} that signed it`;
  return (
    <ConfirmButton
      label="Publish"
      question={`${warning ? `${warning[0]!.toUpperCase()}${warning.slice(1)} ` : ''}Publish version ${version} with ${who} on the public site? Anyone can read it there, without signing in.`}
      confirmLabel="Publish"
      tone="plain"
      failure="The statement could not be published."
      onConfirm={async () => {
        const published = await apiRequest<{ stage: 'published'; url: string }>('POST', `/api/statements/${encodeURIComponent(statement.id)}/publish`, {});
        onPublished(published.url);
      }}
    />
  );
}
