/** What deciding whether sign-on is open needs of a statement. */
export interface SignOnState {
  stage: 'drafting' | 'sign-on' | 'published' | 'withdrawn';
  finalVersion: number | null;
  signOnDeadline: string | null;
  openAfterPublication: boolean;
}

/**
 * Whether organisations may sign or withdraw now: during sign-on, or after publication when the
 * statement stays open for late signatories; never after the deadline.
 */
export function signOnOpen(statement: SignOnState, now = new Date()): boolean {
  if (statement.finalVersion === null) return false;
  if (statement.signOnDeadline !== null && Date.parse(statement.signOnDeadline) <= now.getTime()) return false;
  return statement.stage === 'sign-on' || (statement.stage === 'published' && statement.openAfterPublication);
}
