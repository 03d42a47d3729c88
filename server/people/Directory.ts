import type { PersonView } from '../../shared/api/types.ts';
import type { Store } from '../store/Store.ts';

/** Names of people and organisations, each looked up once per answer. */
export class Directory {
  private readonly people = new Map<string, Promise<PersonView>>();
  private readonly organisations = new Map<string, Promise<string>>();

  constructor(private readonly store: Store) {}

  person(userId: string): Promise<PersonView> {
    let found = this.people.get(userId);
    if (found === undefined) {
      found = (async () => {
        const user = await this.store.users.findById(userId);
        return { id: userId, name: user?.name ?? 'Unknown', organisation: user?.orgId ? await this.organisation(user.orgId) : null };
      })();
      this.people.set(userId, found);
    }
    return found;
  }

  organisation(orgId: string): Promise<string> {
    let found = this.organisations.get(orgId);
    if (found === undefined) {
      found = this.store.organisations.findById(orgId).then((organisation) => organisation?.name ?? 'Unknown organisation');
      this.organisations.set(orgId, found);
    }
    return found;
  }
}
