import type { MeView, UserView } from '../../shared/api/types.ts';
import type { Actor } from './Actor.ts';
import type { UserRecord } from '../store/records.ts';

export function userView(user: UserRecord): UserView {
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}

export function meView(actor: Actor): MeView {
  const { organisation } = actor;
  return {
    user: userView(actor.user),
    org: organisation ? { id: organisation.id, name: organisation.name, category: organisation.category } : null,
  };
}
