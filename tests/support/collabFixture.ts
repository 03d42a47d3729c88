import type { ApiClient } from './ApiClient.ts';
import { connectCollab, type CollabClient } from './collabClient.ts';
import { createContact, createDrafter, createOrganisation, createStatement, signInAsSecretariat, type Contact } from './coalition.ts';
import { startAccord, type AccordProcess, type StartOptions } from './startAccord.ts';

/**
 * A running server with a secretariat, one member organisation and a statement: the setting of
 * most collaboration tests. Clients it opens are destroyed by `dispose`.
 */
export interface CollabFixture {
  server: AccordProcess;
  secretariat: ApiClient;
  orgId: string;
  statementId: string;
  drafter(): Promise<Contact>;
  member(): Promise<Contact>;
  connect(cookie: string | null, statementId?: string): CollabClient;
  dispose(): Promise<void>;
}

export async function startCollabFixture(options: StartOptions = {}): Promise<CollabFixture> {
  const server = await startAccord(options);
  const secretariat = await signInAsSecretariat(server);
  const orgId = await createOrganisation(secretariat);
  const { id: statementId } = await createStatement(secretariat);
  const clients: CollabClient[] = [];
  const fixture: CollabFixture = {
    server,
    secretariat,
    orgId,
    statementId,
    drafter: () => createDrafter(fixture.server, secretariat, statementId, orgId),
    member: () => createContact(fixture.server, secretariat, { orgId }),
    connect: (cookie, id = statementId) => {
      const client = connectCollab(fixture.server.wsUrl, id, cookie);
      clients.push(client);
      return client;
    },
    dispose: async () => {
      for (const client of clients) client.destroy();
      await fixture.server.dispose();
    },
  };
  return fixture;
}
