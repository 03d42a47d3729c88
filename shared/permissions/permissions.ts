import type { Role } from './roles.ts';

/**
 * The one permission matrix: action × roles that may perform it. The server checks every route and
 * every websocket connection against it; the client uses it only to hide what a user cannot do.
 */
export const PERMISSIONS = {
  'organisation.create': ['secretariat'],
  'organisation.agreePurpose': ['member', 'supporter', 'signatory'],
  'invitation.create': ['secretariat'],
  'statement.create': ['secretariat'],
  'statement.read': ['member', 'supporter', 'signatory', 'drafter', 'secretariat'],
  'statement.rename': ['drafter', 'secretariat'],
  'statement.editText': ['drafter', 'secretariat'],
  'statement.addDrafter': ['secretariat'],
} as const satisfies Record<string, readonly Role[]>;

export type Action = keyof typeof PERMISSIONS;

/** Whether any of `roles` may perform `action`. */
export function can(roles: ReadonlySet<Role>, action: Action): boolean {
  const allowed: readonly Role[] = PERMISSIONS[action];
  return allowed.some((role) => roles.has(role));
}
