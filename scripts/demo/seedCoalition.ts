import { DemoClient } from './DemoClient.ts';
import { DEMO_ORGANISATIONS, DEMO_PASSWORD, DEMO_SECRETARIAT, DEMO_STATEMENTS } from './coalition.ts';
import { writeStatementText } from './writeStatementText.ts';

/**
 * Seeds the demo coalition through Accord's own API and collaboration websocket, the way the
 * secretariat and contacts would: organisations, invitations accepted, the Statement of Purpose
 * agreed (but by one organisation), statements with drafters and text, one still being drafted,
 * one in sign-on and one published with its signatories.
 */
export async function seedCoalition(baseUrl: string): Promise<void> {
  const [lead, ...colleagues] = DEMO_SECRETARIAT;
  const secretariat = await new DemoClient(baseUrl).signIn(lead!.email, DEMO_PASSWORD);
  for (const colleague of colleagues) await invite(baseUrl, secretariat, colleague, null, 'secretariat');

  const userIds = new Map<string, string>();
  const clients = new Map<string, DemoClient>();
  for (const organisation of DEMO_ORGANISATIONS) {
    const { id: orgId } = await secretariat.call<{ id: string }>('POST', '/api/orgs', {
      name: organisation.name,
      kind: organisation.kind,
      category: organisation.category,
      country: organisation.country,
    });
    for (const contact of organisation.contacts) {
      const { client, userId } = await invite(baseUrl, secretariat, contact, orgId, contact.signatory ? 'signatory' : 'contact');
      userIds.set(contact.email, userId);
      clients.set(contact.email, client);
      if (organisation.agreed && contact === organisation.contacts[0]) await client.call('POST', `/api/orgs/${orgId}/purpose`, {});
    }
  }

  for (const statement of DEMO_STATEMENTS) {
    const { id } = await secretariat.call<{ id: string }>('POST', '/api/statements', { title: statement.title });
    for (const email of statement.drafters) await secretariat.call('POST', `/api/statements/${id}/drafters`, { userId: userIds.get(email) });
    await writeStatementText(baseUrl, secretariat.cookie!, id, statement.text);
    if (statement.stage === 'drafting') continue;
    const { hash } = await secretariat.call<{ hash: string }>('POST', `/api/statements/${id}/freeze`, {});
    for (const email of statement.signatories) await clients.get(email)!.call('POST', `/api/statements/${id}/signatures`, { hash });
    if (statement.stage === 'published') await secretariat.call('POST', `/api/statements/${id}/publish`, {});
  }
}

async function invite(
  baseUrl: string,
  secretariat: DemoClient,
  person: { email: string; name: string },
  orgId: string | null,
  role: 'contact' | 'signatory' | 'secretariat',
): Promise<{ client: DemoClient; userId: string }> {
  const { token } = await secretariat.call<{ token: string }>('POST', '/api/invitations', { email: person.email, orgId, role });
  const client = new DemoClient(baseUrl);
  const { user } = await client.call<{ user: { id: string } }>('POST', `/api/invitations/${token}/accept`, { name: person.name, password: DEMO_PASSWORD });
  return { client, userId: user.id };
}
