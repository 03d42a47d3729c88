import { ApiClient } from './ApiClient.ts';
import { ADMIN, type AccordProcess } from './startAccord.ts';

export const PASSWORD = 'a long enough password';

let counter = 0;

export async function signInAsSecretariat(server: AccordProcess): Promise<ApiClient> {
  return new ApiClient(server.url).login(ADMIN.email, ADMIN.password);
}

export async function createOrganisation(
  secretariat: ApiClient,
  { category = 'member', name }: { category?: 'member' | 'supporter'; name?: string } = {},
): Promise<string> {
  const response = await secretariat.post<{ id: string }>('/api/orgs', {
    name: name ?? `Registry ${++counter}`,
    kind: 'ccTLD',
    category,
    country: 'NL',
  });
  if (response.status !== 201) throw new Error(`creating organisation failed: ${JSON.stringify(response.body)}`);
  return response.body.id;
}

export interface Contact {
  client: ApiClient;
  userId: string;
  email: string;
  name: string;
}

/** Invites a contact into an organisation and accepts the invitation: a signed-in contact. */
export async function createContact(
  server: AccordProcess,
  secretariat: ApiClient,
  {
    orgId,
    role = 'contact',
    name,
    agreed = true,
  }: {
    orgId: string | null;
    role?: 'contact' | 'signatory' | 'secretariat';
    name?: string;
    /** Whether the organisation agrees to the Statement of Purpose (through this contact): until then its contacts may do nothing else. */
    agreed?: boolean;
  },
): Promise<Contact> {
  const email = `contact${++counter}-${Date.now()}@example.org`;
  const invitation = await secretariat.post<{ token: string }>('/api/invitations', { email, orgId, role });
  if (invitation.status !== 201) throw new Error(`invitation failed: ${JSON.stringify(invitation.body)}`);
  const client = new ApiClient(server.url);
  const contactName = name ?? `Contact ${counter}`;
  const accepted = await client.post<{ user: { id: string } }>(`/api/invitations/${invitation.body.token}/accept`, {
    name: contactName,
    password: PASSWORD,
  });
  if (accepted.status !== 201) throw new Error(`accepting failed: ${JSON.stringify(accepted.body)}`);
  const contact = { client, userId: accepted.body.user.id, email, name: contactName };
  if (orgId !== null && role !== 'secretariat' && agreed) await agreeToPurpose(contact, orgId);
  return contact;
}

export async function createStatement(secretariat: ApiClient, title = 'Joint statement'): Promise<{ id: string; slug: string }> {
  const response = await secretariat.post<{ id: string; slug: string }>('/api/statements', { title });
  if (response.status !== 201) throw new Error(`creating statement failed: ${JSON.stringify(response.body)}`);
  return response.body;
}

/** A member contact who drafts the given statement. */
export async function createDrafter(server: AccordProcess, secretariat: ApiClient, statementId: string, orgId: string): Promise<Contact> {
  const contact = await createContact(server, secretariat, { orgId });
  const added = await secretariat.post(`/api/statements/${statementId}/drafters`, { userId: contact.userId });
  if (added.status !== 204) throw new Error(`adding drafter failed: ${JSON.stringify(added.body)}`);
  return contact;
}

/** The contact agrees to the current Statement of Purpose for their organisation. */
export async function agreeToPurpose(contact: Contact, orgId: string): Promise<void> {
  const agreed = await contact.client.post(`/api/orgs/${orgId}/purpose`, {});
  if (agreed.status !== 204) throw new Error(`agreeing failed: ${JSON.stringify(agreed.body)}`);
}
