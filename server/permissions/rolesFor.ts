import type { Role } from '../../shared/permissions/roles.ts';
import type { Actor } from '../auth/Actor.ts';
import type { StatementRecord } from '../store/records.ts';

/**
 * The roles an actor holds: from their account and organisation (member, supporter and signatory
 * only once the organisation agreed to the current Statement of Purpose), plus `drafter` when they
 * draft the statement in question, or when it is a fork of their own organisation (its contacts
 * edit it).
 */
export function rolesFor(
  actor: Actor | null | undefined,
  drafterIds: readonly string[] = [],
  statement: Pick<StatementRecord, 'ownerOrgId'> | null = null,
): Set<Role> {
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
  if (drafterIds.includes(user.id)) roles.add('drafter');
  if (statement?.ownerOrgId && statement.ownerOrgId === organisation?.id) roles.add('drafter');
  return roles;
}

/**
 * Whether the statement exists for this actor at all: a private fork exists only for its own
 * organisation (not even for the secretariat); everything else for everyone signed in.
 */
export function mayFind(actor: Actor | null | undefined, statement: Pick<StatementRecord, 'ownerOrgId' | 'shared'>): boolean {
  if (statement.ownerOrgId === null || statement.shared) return true;
  return actor?.organisation?.id === statement.ownerOrgId;
}
