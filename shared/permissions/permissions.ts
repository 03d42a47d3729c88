import type { Role } from './roles.ts';

/**
 * The one permission matrix: action × roles that may perform it. The server checks every route and
 * every websocket connection against it; the client uses it only to hide what a user cannot do.
 * Scope (which organisation, which statement) is checked beside it: a contact agrees, reads their
 * colleagues and signs only for their own organisation.
 */
export const PERMISSIONS = {
  // The coalition
  'organisation.manage': ['secretariat'],
  'organisation.readOwn': ['contact', 'secretariat'],
  'organisation.agreePurpose': ['contact'],
  'invitation.manage': ['secretariat'],
  'account.manage': ['secretariat'],
  'purpose.read': ['contact', 'drafter', 'secretariat'],
  'purpose.publish': ['secretariat'],
  'audit.read': ['secretariat'],
  // Statements
  'statement.create': ['secretariat'],
  'statement.read': ['contact', 'drafter', 'secretariat'],
  'statement.rename': ['drafter', 'secretariat'],
  'statement.editText': ['drafter', 'secretariat'],
  'statement.manageDrafters': ['secretariat'],
  'statement.nameVersion': ['drafter', 'secretariat'],
  'statement.restoreVersion': ['drafter', 'secretariat'],
  // Granted only after the organisation agreed to the Statement of Purpose (see roles.ts).
  'statement.comment': ['member', 'supporter', 'drafter', 'secretariat'],
  'statement.decideSuggestions': ['drafter', 'secretariat'],
  'statement.fork': ['member'],
  // On a fork, its organisation's contacts hold `drafter`.
  'fork.manage': ['drafter'],
  'statement.sign': ['signatory'],
  // CONTRACT: only a signatory withdraws the signature it (or another signatory) gave for its organisation.
  'statement.withdrawSignature': ['signatory'],
  'statement.manageStage': ['secretariat'],
  'statement.readTally': ['secretariat'],
} as const satisfies Record<string, readonly Role[]>;

export type Action = keyof typeof PERMISSIONS;

/** Whether any of `roles` may perform `action`. */
export function can(roles: ReadonlySet<Role>, action: Action): boolean {
  const allowed: readonly Role[] = PERMISSIONS[action];
  return allowed.some((role) => roles.has(role));
}
