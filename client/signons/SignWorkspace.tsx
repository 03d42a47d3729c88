import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { MeView, StatementView } from '../../shared/api/types.ts';
import { SigningArea } from './SigningArea.tsx';

/** Why there is nothing to sign here now, if so. */
function nothingToSign(statement: StatementView, t: TFunction): string | null {
  if (statement.ownerOrg !== null) return t('signons:workspace.fork');
  if (statement.finalVersion === null) return t('signons:workspace.notFrozenYet');
  if (statement.stage === 'drafting') return t('signons:workspace.draftingAgain');
  return null;
}

/** The sign page's content: the final text to sign, or why there is none. */
export function SignWorkspace({ me, statement, onChanged }: { me: MeView; statement: StatementView; onChanged(): void }) {
  const { t } = useTranslation('signons');
  const blocked = nothingToSign(statement, t);
  if (blocked !== null || statement.finalVersion === null) return <div className="notice notice--warn">{blocked}</div>;
  // Keyed by the final version: a new freeze starts over, nothing of the old text's state is kept.
  return <SigningArea key={statement.finalVersion.number} me={me} statement={statement} finalNumber={statement.finalVersion.number} onChanged={onChanged} />;
}
