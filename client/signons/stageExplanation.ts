import type { StatementView } from '../../shared/api/types.ts';

/** One sentence on where the statement is in its life and what that means for its text. */
export function stageExplanation(statement: StatementView): string {
  const version = statement.finalVersion?.number;
  switch (statement.stage) {
    case 'drafting':
      return version === undefined
        ? 'Drafters are writing the text. When it is ready, the secretariat freezes it and organisations sign that exact version.'
        : `Drafting again after version ${version} was frozen. Signatures of version ${version} need re-confirmation after the next freeze.`;
    case 'sign-on':
      return `The text is frozen as version ${version}: organisations sign that exact text, one by one.`;
    case 'published':
      return `Published with the organisations that signed version ${version}.`;
    case 'withdrawn':
      return 'The coalition withdrew this statement. Its public page stays, marked withdrawn.';
  }
}
