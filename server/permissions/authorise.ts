import { can, type Action } from '../../shared/permissions/permissions.ts';
import type { Role } from '../../shared/permissions/roles.ts';
import { HttpError } from '../http/HttpError.ts';

/** Throws 401 for anonymous callers and 403 for everyone else the matrix does not allow. */
export function authorise(roles: ReadonlySet<Role>, action: Action): void {
  if (can(roles, action)) return;
  if (roles.has('anonymous')) throw new HttpError('unauthorised', 'Sign in first');
  throw new HttpError('forbidden', 'You are not allowed to do that');
}
