import type { MeView, StatementView } from '../../shared/api/types.ts';
import { SigningArea } from './SigningArea.tsx';

/** Why there is nothing to sign here now, if so. */
function nothingToSign(statement: StatementView): string | null {
  if (statement.ownerOrg !== null) return 'A fork belongs to its organisation: it is not signed on by the coalition.';
  if (statement.finalVersion === null)
    return 'There is nothing to sign yet: the text is still being drafted. Sign-on opens when the secretariat freezes the final text.';
  if (statement.stage === 'drafting') return 'The text is being drafted again. Sign-on resumes when the secretariat freezes the new final text.';
  return null;
}

/** The sign page's content: the final text to sign, or why there is none. */
export function SignWorkspace({ me, statement, onChanged }: { me: MeView; statement: StatementView; onChanged(): void }) {
  const blocked = nothingToSign(statement);
  if (blocked !== null || statement.finalVersion === null) return <div className="notice notice--warn">{blocked}</div>;
  // Keyed by the final version: a new freeze starts over, nothing of the old text's state is kept.
  return <SigningArea key={statement.finalVersion.number} me={me} statement={statement} finalNumber={statement.finalVersion.number} onChanged={onChanged} />;
}
