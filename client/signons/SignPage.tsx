import type { MeView } from '../../shared/api/types.ts';
import { StatementSubpage } from '../versions/StatementSubpage.tsx';
import { SignWorkspace } from './SignWorkspace.tsx';

/** `/statements/:id/sign`: a signatory reads the exact final text and signs it for their organisation. */
export function SignPage({ me }: { me: MeView }) {
  const organisation = me.org?.name ?? 'your organisation';
  return (
    <StatementSubpage
      me={me}
      title={`Sign for ${organisation}`}
      intro={`Read the final text as it was frozen. ${organisation} signs exactly this version, identified by its hash.`}
    >
      {(statement, reload) => <SignWorkspace me={me} statement={statement} onChanged={reload} />}
    </StatementSubpage>
  );
}
