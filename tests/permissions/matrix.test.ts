import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../support/ApiClient.ts';
import { agreeToPurpose, createContact, createOrganisation, createStatement, signInAsSecretariat } from '../support/coalition.ts';
import { startAccord, type AccordProcess } from '../support/startAccord.ts';

/**
 * The permission matrix over the wire for every call outside any one statement: every role × each
 * call of the HTTP API (CONTRACT.md), with the status the server must answer. Everything done with
 * one statement, and its websocket, is in statementMatrix.test.ts, generated from the statement
 * policy's table (shared/permissions/permissionTable.ts).
 */
const ROLES = ['anonymous', 'notAgreed', 'supporter', 'member', 'signatory', 'drafter', 'otherOrganisation', 'secretariat'] as const;
type RoleName = (typeof ROLES)[number];

interface World {
  memberOrgId: string;
  target: { userId: string };
}

interface Call {
  name: string;
  request: (client: ApiClient, world: World) => Promise<{ status: number }>;
  expected: Partial<Record<RoleName, number>> & { others: number };
}

let created = 0;
const uniqueEmail = () => `matrix-${++created}-${Date.now()}@example.org`;

const CALLS: Call[] = [
  { name: 'GET /api/health', request: (client) => client.get('/api/health'), expected: { others: 200 } },
  { name: 'GET /api/ready', request: (client) => client.get('/api/ready'), expected: { others: 200 } },
  { name: 'GET /api/me', request: (client) => client.get('/api/me'), expected: { anonymous: 401, others: 200 } },
  {
    name: 'POST /api/orgs',
    request: (client) => client.post('/api/orgs', { name: `Org ${++created}`, kind: 'gTLD', category: 'member', country: 'BR' }),
    expected: { anonymous: 401, secretariat: 201, others: 403 },
  },
  { name: 'GET /api/orgs', request: (client) => client.get('/api/orgs'), expected: { anonymous: 401, secretariat: 200, others: 403 } },
  {
    name: 'GET /api/orgs/:id (the member organisation)',
    request: (client, world) => client.get(`/api/orgs/${world.memberOrgId}`),
    // Its own contacts (the member, the signatory, the drafter) and the secretariat.
    expected: { anonymous: 401, member: 200, signatory: 200, drafter: 200, secretariat: 200, others: 403 },
  },
  {
    name: 'POST /api/invitations',
    request: (client, world) => client.post('/api/invitations', { email: uniqueEmail(), orgId: world.memberOrgId, role: 'contact' }),
    expected: { anonymous: 401, secretariat: 201, others: 403 },
  },
  { name: 'GET /api/invitations', request: (client) => client.get('/api/invitations'), expected: { anonymous: 401, secretariat: 200, others: 403 } },
  {
    name: 'POST /api/orgs/:id/purpose (the member organisation)',
    request: (client, world) => client.post(`/api/orgs/${world.memberOrgId}/purpose`, {}),
    expected: { anonymous: 401, member: 204, signatory: 204, drafter: 204, others: 403 },
  },
  { name: 'GET /api/purpose', request: (client) => client.get('/api/purpose'), expected: { anonymous: 401, others: 200 } },
  {
    name: 'POST /api/purpose',
    // Too short for the secretariat (400 after authorisation): a real new version would send everyone back to the gate.
    request: (client) => client.post('/api/purpose', { text: 'x' }),
    expected: { anonymous: 401, secretariat: 400, others: 403 },
  },
  { name: 'GET /api/users', request: (client) => client.get('/api/users'), expected: { anonymous: 401, secretariat: 200, others: 403 } },
  {
    name: 'PATCH /api/users/:id',
    request: (client, world) => client.patch(`/api/users/${world.target.userId}`, { name: 'Renamed Target' }),
    expected: { anonymous: 401, secretariat: 204, others: 403 },
  },
  {
    name: 'POST /api/users/:id/password-reset',
    request: (client, world) => client.post(`/api/users/${world.target.userId}/password-reset`, {}),
    expected: { anonymous: 401, secretariat: 201, others: 403 },
  },
  { name: 'GET /api/me/sessions', request: (client) => client.get('/api/me/sessions'), expected: { anonymous: 401, others: 200 } },
  { name: 'GET /api/audit', request: (client) => client.get('/api/audit'), expected: { anonymous: 401, secretariat: 200, others: 403 } },
  { name: 'GET /api/audit/verify', request: (client) => client.get('/api/audit/verify'), expected: { anonymous: 401, secretariat: 200, others: 403 } },
  { name: 'GET /api/audit/export.csv', request: (client) => client.get('/api/audit/export.csv'), expected: { anonymous: 401, secretariat: 200, others: 403 } },
  {
    name: 'POST /api/statements',
    request: (client) => client.post('/api/statements', { title: `Matrix ${++created}` }),
    expected: { anonymous: 401, secretariat: 201, others: 403 },
  },
  // A contact whose organisation has not agreed to the Statement of Purpose reads nothing but it (SPEC).
  { name: 'GET /api/statements', request: (client) => client.get('/api/statements'), expected: { anonymous: 401, notAgreed: 403, others: 200 } },
  { name: 'GET /api/search', request: (client) => client.get('/api/search?q=coalition'), expected: { anonymous: 401, notAgreed: 403, others: 200 } },
  { name: 'GET /api/mentionable', request: (client) => client.get('/api/mentionable'), expected: { anonymous: 401, notAgreed: 403, others: 200 } },
  { name: 'GET /api/me/needs', request: (client) => client.get('/api/me/needs'), expected: { anonymous: 401, others: 200 } },
  { name: 'GET /api/me/needs/count', request: (client) => client.get('/api/me/needs/count'), expected: { anonymous: 401, others: 200 } },
  {
    name: 'POST /api/me/needs/:id/done (no such item)',
    request: (client) => client.post('/api/me/needs/00000000-0000-4000-8000-000000000000/done', {}),
    expected: { anonymous: 401, others: 404 },
  },
];

describe('the permission matrix', () => {
  let server: AccordProcess;
  let secretariat: ApiClient;
  let world: World;
  const clients = new Map<RoleName, ApiClient>();

  beforeAll(async () => {
    server = await startAccord();
    secretariat = await signInAsSecretariat(server);
    const memberOrgId = await createOrganisation(secretariat, { category: 'member' });
    const supporterOrgId = await createOrganisation(secretariat, { category: 'supporter' });
    const otherOrgId = await createOrganisation(secretariat, { category: 'member' });
    const notAgreedOrgId = await createOrganisation(secretariat, { category: 'member' });
    // The drafter drafts a statement: here, only a member contact like the others.
    const statement = await createStatement(secretariat, 'The matrix statement');

    const member = await createContact(server, secretariat, { orgId: memberOrgId });
    const signatory = await createContact(server, secretariat, { orgId: memberOrgId, role: 'signatory' });
    const drafter = await createContact(server, secretariat, { orgId: memberOrgId });
    const supporter = await createContact(server, secretariat, { orgId: supporterOrgId });
    const other = await createContact(server, secretariat, { orgId: otherOrgId });
    const notAgreed = await createContact(server, secretariat, { orgId: notAgreedOrgId, agreed: false });
    const target = await createContact(server, secretariat, { orgId: otherOrgId });
    await agreeToPurpose(member, memberOrgId);
    await agreeToPurpose(supporter, supporterOrgId);
    await agreeToPurpose(other, otherOrgId);
    expect((await secretariat.post(`/api/statements/${statement.id}/drafters`, { userId: drafter.userId })).status).toBe(204);

    clients.set('anonymous', new ApiClient(server.url));
    clients.set('notAgreed', notAgreed.client);
    clients.set('supporter', supporter.client);
    clients.set('member', member.client);
    clients.set('signatory', signatory.client);
    clients.set('drafter', drafter.client);
    clients.set('otherOrganisation', other.client);
    clients.set('secretariat', secretariat);
    world = { memberOrgId, target: { userId: target.userId } };
  });

  afterAll(async () => {
    await server?.dispose();
  });

  it('holds for every role and every call', async () => {
    const mismatches: string[] = [];
    for (const call of CALLS) {
      for (const role of ROLES) {
        const expected = call.expected[role] ?? call.expected.others;
        const { status } = await call.request(clients.get(role)!, world);
        if (status !== expected) mismatches.push(`${role} ${call.name}: ${status}, expected ${expected}`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('ends every session on logout, last in this file', async () => {
    const seen: Partial<Record<RoleName, number>> = {};
    for (const role of ROLES) seen[role] = (await clients.get(role)!.post('/api/auth/logout', {})).status;
    expect(seen).toEqual({ ...Object.fromEntries(ROLES.map((role) => [role, 204])), anonymous: 401 });
  });
});
