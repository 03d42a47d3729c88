import type { DiffView, StatementView, VersionView } from '../../shared/api/types.ts';
import { useApiResource } from '../api/useApiResource.ts';
import { FormError } from '../layout/FormError.tsx';
import { DiffInline } from '../versions/DiffInline.tsx';

/**
 * What changed between the earlier final text and the one being signed now: an organisation that
 * signed the earlier one reads only the difference before confirming.
 */
export function ReconfirmationDiff({ statement, earlier, organisation }: { statement: StatementView; earlier: VersionView; organisation: string }) {
  const current = statement.finalVersion?.number ?? 0;
  const diff = useApiResource<DiffView>(
    `/api/statements/${encodeURIComponent(statement.id)}/diff?from=${earlier.number}&to=${current}`,
    'The changes could not be loaded.',
  );

  return (
    <section className="panel panel--section reconfirmation" aria-labelledby="reconfirmation-heading">
      <h2 id="reconfirmation-heading">What changed since version {earlier.number}</h2>
      <p className="muted">
        The text was reopened after version {earlier.number} was frozen. Signatures of version {earlier.number} do not carry over: if {organisation} signed it,
        nothing is published in its name until you sign this text too. Removed words are struck through, added words underlined.
      </p>
      <FormError message={diff.error} />
      {diff.data === null && !diff.error && (
        <p className="muted" aria-busy="true">
          Loading the changes…
        </p>
      )}
      {diff.data && <DiffInline parts={diff.data.parts} />}
    </section>
  );
}
