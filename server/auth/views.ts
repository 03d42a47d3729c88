import type { MeView, OrganisationKind, UserView } from '../../shared/api/types.ts';
import { can, PERMISSIONS, type Action } from '../../shared/permissions/permissions.ts';
import { rolesFor } from '../permissions/rolesFor.ts';
import type { Actor } from './Actor.ts';
import type { UserRecord } from '../store/records.ts';

export function userView(user: UserRecord): UserView {
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}

export function meView(actor: Actor, purposeVersion: number): MeView {
  const { organisation } = actor;
  const roles = rolesFor(actor);
  return {
    user: userView(actor.user),
    org: organisation
      ? {
          id: organisation.id,
          name: organisation.name,
          category: organisation.category,
          country: organisation.country,
          kind: organisation.kind as OrganisationKind,
        }
      : null,
    purpose: { version: purposeVersion, agreed: actor.agreedPurpose },
    can: (Object.keys(PERMISSIONS) as Action[]).filter((action) => can(roles, action)),
  };
}
