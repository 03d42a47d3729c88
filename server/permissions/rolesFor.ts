import type { Role } from '../../shared/permissions/roles.ts';
import type { Actor } from '../auth/Actor.ts';

/**
 * The coalition roles an actor holds, outside any one statement: from their account and
 * organisation (member, supporter and signatory only once the organisation agreed to the current
 * Statement of Purpose). Rights on a statement are the statement policy's (statementAccess.ts).
 */
export function rolesFor(actor: Actor | null | undefined): Set<Role> {
  if (!actor) return new Set(['anonymous']);
  const { user, organisation } = actor;
  if (user.role === 'secretariat') return new Set(['secretariat']);
  const roles = new Set<Role>();
  if (organisation) {
    roles.add('contact');
    if (actor.agreedPurpose) {
      roles.add(organisation.category === 'member' ? 'member' : 'supporter');
      if (user.role === 'signatory') roles.add('signatory');
    }
  }
  return roles;
}
