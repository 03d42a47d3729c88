import type { MeView } from '../../shared/api/types.ts';
import { StatementSubpage } from './StatementSubpage.tsx';
import { VersionsWorkspace } from './VersionsWorkspace.tsx';

/** `/statements/:id/versions`: the named versions of a statement, to read, compare and restore. */
export function VersionsPage({ me }: { me: MeView }) {
  return (
    <StatementSubpage me={me} title="Versions" intro="Named moments of the text, each kept exactly as it was: read one, compare any two, or bring one back.">
      {(statement) => <VersionsWorkspace statement={statement} me={me} />}
    </StatementSubpage>
  );
}
