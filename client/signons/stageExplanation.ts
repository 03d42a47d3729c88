import type { TFunction } from 'i18next';
import type { StatementView } from '../../shared/api/types.ts';

/** One sentence on where the statement is in its life and what that means for its text. */
export function stageExplanation(statement: StatementView, t: TFunction): string {
  const version = statement.finalVersion?.number;
  switch (statement.stage) {
    case 'drafting':
      return version === undefined ? t('signons:stageExplanation.drafting') : t('signons:stageExplanation.draftingAgain', { version });
    case 'sign-on':
      return t('signons:stageExplanation.signOn', { version });
    case 'published':
      return t('signons:stageExplanation.published', { version });
    case 'withdrawn':
      return t('signons:stageExplanation.withdrawn');
  }
}
