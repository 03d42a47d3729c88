import type { TallyRowView } from '../../shared/api/types.ts';
import type { StatementRecord } from '../store/records.ts';
import type { Store } from '../store/Store.ts';
import { organisationOf } from './organisationOf.ts';

/**
 * Where every organisation that may sign stands on the current final version: signed it, declined
 * it, withdrew its signature of it (the public page lists it under "Withdrawn signatures"), signed
 * an earlier final version only (to re-confirm), or nothing yet (undecided).
 */
export async function tallyRows(store: Store, statement: StatementRecord): Promise<TallyRowView[]> {
  const [organisations, every, declines, users] = await Promise.all([
    store.organisations.list(),
    store.signatures.all(statement.id),
    store.signatures.declines(statement.id),
    store.users.list(),
  ]);
  const nameOf = new Map(users.map((user) => [user.id, user.name]));
  const final = statement.finalVersion;
  return organisations
    .filter((organisation) => organisation.category === 'member' || statement.whoMaySign === 'membersAndSupporters')
    .map((organisation): TallyRowView => {
      const mine = every.filter((signature) => signature.orgId === organisation.id);
      const active = mine.filter((signature) => signature.withdrawnAt === null);
      const current = active.find((signature) => signature.versionNumber === final);
      const earlier = active.filter((signature) => signature.versionNumber !== final).at(-1);
      const declined = declines.find((decline) => decline.orgId === organisation.id && decline.versionNumber === final);
      const withdrawn = mine.filter((signature) => signature.versionNumber === final && signature.withdrawnAt !== null).at(-1);
      const status: TallyRowView['status'] = current
        ? 'signed'
        : declined
          ? 'declined'
          : withdrawn
            ? 'withdrawn'
            : earlier
              ? 'pending-reconfirmation'
              : 'undecided';
      const shown = status === 'signed' ? current : status === 'withdrawn' ? withdrawn : status === 'pending-reconfirmation' ? earlier : undefined;
      return {
        org: organisationOf(organisation),
        status,
        signedBy: shown ? (nameOf.get(shown.signedBy) ?? null) : null,
        signedAt: shown?.signedAt ?? null,
        signedVersion: status === 'pending-reconfirmation' ? (earlier?.versionNumber ?? null) : null,
        declineReason: declined ? declined.reason : null,
      };
    });
}
