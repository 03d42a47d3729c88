import type { StatementView, VersionContentView } from '../../shared/api/types.ts';
import { useApiResource } from '../api/useApiResource.ts';
import { FormError } from '../layout/FormError.tsx';
import { FinalDocument } from '../signons/FinalDocument.tsx';

/**
 * During sign-on and after publication the statement page shows the final version itself, read-only:
 * what organisations sign and the public page shows, never the live text with undecided
 * suggestions drawn in as tracked changes.
 */
export function FrozenStatementText({ statement, finalNumber }: { statement: StatementView; finalNumber: number }) {
  const version = useApiResource<VersionContentView>(
    `/api/statements/${encodeURIComponent(statement.id)}/versions/${finalNumber}`,
    'The final text could not be loaded.',
  );
  const openNote = statement.threadCounts.open > 0 ? ' Open suggestions and comments are not part of it.' : '';
  const as =
    statement.stage === 'sign-on'
      ? 'as organisations sign it'
      : statement.stage === 'published'
        ? 'as published'
        : 'as it was published before it was withdrawn';
  return (
    <div className="frozen-text" data-testid="frozen-text">
      <p className="notice small" role="note">
        Final text, version {finalNumber}, {as}: it no longer changes.{openNote}
      </p>
      <FormError message={version.error} />
      {version.data ? (
        <FinalDocument document={version.data.document} label="Statement text" />
      ) : (
        !version.error && (
          <p className="muted" aria-busy="true">
            Loading the final text…
          </p>
        )
      )}
    </div>
  );
}
