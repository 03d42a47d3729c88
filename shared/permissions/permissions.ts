import type { Role } from './roles.ts';

/**
 * What a user may do outside any one statement: action × roles that may perform it. What anyone may
 * do with a statement is decided by the statement policy (statementPolicy.ts), not here.
 * Scope (which organisation) is checked beside it: a contact agrees and reads their colleagues only
 * for their own organisation.
 */
export const PERMISSIONS = {
  // The coalition
  'organisation.manage': ['secretariat'],
  'organisation.readOwn': ['contact', 'secretariat'],
  'organisation.agreePurpose': ['contact'],
  'invitation.manage': ['secretariat'],
  'account.manage': ['secretariat'],
  'purpose.read': ['contact', 'secretariat'],
  'purpose.publish': ['secretariat'],
  'audit.read': ['secretariat'],
  /** The outgoing mail queue (admin outbox); mails hold invitation and reset links. */
  'mail.read': ['secretariat'],
  // Lists, search and the people one can mention: only once the organisation agreed to the Statement of Purpose.
  'coalition.read': ['member', 'supporter', 'secretariat'],
  'statement.create': ['secretariat'],
  // Consultations: read with the coalition, managed (created, edited, deadline moved) by the secretariat.
  'consultation.manage': ['secretariat'],
} as const satisfies Record<string, readonly Role[]>;

export type Action = keyof typeof PERMISSIONS;

/** Whether any of `roles` may perform `action`. */
export function can(roles: ReadonlySet<Role>, action: Action): boolean {
  const allowed: readonly Role[] = PERMISSIONS[action];
  return allowed.some((role) => roles.has(role));
}
