import * as decoding from 'lib0/decoding';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MessageType } from '../../shared/collab/protocol.ts';
import { ApiClient } from '../support/ApiClient.ts';
import { agreeToPurpose, createContact, createOrganisation, createStatement, signInAsSecretariat } from '../support/coalition.ts';
import { connectCollab, fragmentText, waitForSync } from '../support/collabClient.ts';
import { anchorsAround, writeParagraphs } from '../support/textAnchors.ts';
import { paragraphUpdate } from '../support/paragraphUpdate.ts';
import { frame, openRawCollabSocket } from '../support/rawCollabSocket.ts';
import { readStoredDocument } from '../support/readStoredDocument.ts';
import { startAccord, type AccordProcess } from '../support/startAccord.ts';
import { waitFor } from '../support/waitFor.ts';

/**
 * The whole permission matrix over the wire: every role × every call of the HTTP API that exists
 * (CONTRACT.md) and the websocket, each with the status the server must answer. The calls of
 * versions, forks, sign-on and publishing join this table with their issues.
 */
const ROLES = ['anonymous', 'notAgreed', 'supporter', 'member', 'signatory', 'drafter', 'otherOrganisation', 'secretariat'] as const;
type RoleName = (typeof ROLES)[number];

interface World {
  statementId: string;
  memberOrgId: string;
  target: { userId: string };
  anchors: { anchorStart: string; anchorEnd: string };
  suggestionId: string;
}

interface Call {
  name: string;
  request: (client: ApiClient, world: World) => Promise<{ status: number }>;
  expected: Partial<Record<RoleName, number>> & { others: number };
}

const SYNC_UPDATE = 2;
let created = 0;
const uniqueEmail = () => `matrix-${++created}-${Date.now()}@example.org`;

const CALLS: Call[] = [
  { name: 'GET /api/health', request: (client) => client.get('/api/health'), expected: { others: 200 } },
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
  { name: 'GET /api/statements/:id', request: (client, world) => client.get(`/api/statements/${world.statementId}`), expected: { anonymous: 401, notAgreed: 403, others: 200 } },
  {
    name: 'PATCH /api/statements/:id',
    request: (client, world) => client.patch(`/api/statements/${world.statementId}`, { title: `Renamed ${++created}` }),
    expected: { anonymous: 401, drafter: 200, secretariat: 200, others: 403 },
  },
  {
    name: 'POST /api/statements/:id/drafters',
    request: (client, world) => client.post(`/api/statements/${world.statementId}/drafters`, { userId: world.target.userId }),
    expected: { anonymous: 401, secretariat: 204, others: 403 },
  },
  {
    name: 'GET /api/statements/:id/threads',
    request: (client, world) => client.get(`/api/statements/${world.statementId}/threads`),
    expected: { anonymous: 401, notAgreed: 403, others: 200 },
  },
  {
    name: 'POST /api/statements/:id/threads',
    request: (client, world) => client.post(`/api/statements/${world.statementId}/threads`, { kind: 'comment', ...world.anchors, body: 'A remark' }),
    // Everyone who reads, once their organisation agreed to the Statement of Purpose.
    expected: { anonymous: 401, notAgreed: 403, others: 201 },
  },
  {
    name: 'POST /api/threads/:id/reject (no reason)',
    request: (client, world) => client.post(`/api/threads/${world.suggestionId}/reject`, {}),
    // Drafters and the secretariat get as far as the missing reason.
    expected: { anonymous: 401, drafter: 400, secretariat: 400, others: 403 },
  },
  {
    name: 'POST /api/statements/:id/versions',
    request: (client, world) => client.post(`/api/statements/${world.statementId}/versions`, { name: `Version ${++created}` }),
    expected: { anonymous: 401, drafter: 201, secretariat: 201, others: 403 },
  },
  { name: 'GET /api/statements/:id/versions', request: (client, world) => client.get(`/api/statements/${world.statementId}/versions`), expected: { anonymous: 401, notAgreed: 403, others: 200 } },
  {
    name: 'GET /api/statements/:id/diff',
    request: (client, world) => client.get(`/api/statements/${world.statementId}/diff?from=1`),
    expected: { anonymous: 401, notAgreed: 403, others: 200 },
  },
  {
    name: 'POST /api/statements/:id/forks',
    request: (client, world) => client.post(`/api/statements/${world.statementId}/forks`, {}),
    // Member contacts whose organisation agreed (the drafter and the signatory are member contacts too).
    expected: { anonymous: 401, member: 201, signatory: 201, drafter: 201, otherOrganisation: 201, others: 403 },
  },
  { name: 'GET /api/statements/:id/lineage', request: (client, world) => client.get(`/api/statements/${world.statementId}/lineage`), expected: { anonymous: 401, notAgreed: 403, others: 200 } },
  {
    name: 'GET /api/statements/:id/upstream (not a fork)',
    request: (client, world) => client.get(`/api/statements/${world.statementId}/upstream`),
    expected: { anonymous: 401, notAgreed: 403, others: 409 },
  },
  {
    name: 'POST /api/statements/:id/reopen (while drafting)',
    request: (client, world) => client.post(`/api/statements/${world.statementId}/reopen`, {}),
    expected: { anonymous: 401, secretariat: 409, others: 403 },
  },
  {
    name: 'POST /api/statements/:id/publish (while drafting)',
    request: (client, world) => client.post(`/api/statements/${world.statementId}/publish`, {}),
    expected: { anonymous: 401, secretariat: 409, others: 403 },
  },
  {
    name: 'POST /api/statements/:id/signatures (before a freeze)',
    request: (client, world) => client.post(`/api/statements/${world.statementId}/signatures`, { hash: 'a'.repeat(64) }),
    // Only signatories get as far as "sign-on is not open".
    expected: { anonymous: 401, signatory: 409, others: 403 },
  },
  {
    name: 'DELETE /api/statements/:id/signatures (before a freeze)',
    request: (client, world) => client.delete(`/api/statements/${world.statementId}/signatures`),
    // Only a signatory withdraws for its organisation.
    expected: { anonymous: 401, signatory: 409, others: 403 },
  },
  { name: 'GET /api/statements/:id/signatures', request: (client, world) => client.get(`/api/statements/${world.statementId}/signatures`), expected: { anonymous: 401, notAgreed: 403, others: 200 } },
  { name: 'GET /api/statements/:id/tally', request: (client, world) => client.get(`/api/statements/${world.statementId}/tally`), expected: { anonymous: 401, secretariat: 200, others: 403 } },
  {
    name: 'PATCH /api/statements/:id/settings',
    request: (client, world) => client.patch(`/api/statements/${world.statementId}/settings`, { openAfterPublication: false }),
    expected: { anonymous: 401, secretariat: 204, others: 403 },
  },
  { name: 'GET /api/search', request: (client) => client.get('/api/search?q=coalition'), expected: { anonymous: 401, notAgreed: 403, others: 200 } },
  { name: 'GET /api/mentionable', request: (client) => client.get('/api/mentionable'), expected: { anonymous: 401, notAgreed: 403, others: 200 } },
  {
    name: 'GET /api/statements/:id/dispositions.csv',
    request: (client, world) => client.get(`/api/statements/${world.statementId}/dispositions.csv`),
    expected: { anonymous: 401, notAgreed: 403, others: 200 },
  },
  {
    name: 'DELETE /api/statements/:id/drafters/:userId',
    // The secretariat comes last in each row, so the target added above is removed here.
    request: (client, world) => client.delete(`/api/statements/${world.statementId}/drafters/${world.target.userId}`),
    expected: { anonymous: 401, secretariat: 204, others: 403 },
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
    const writer = connectCollab(server.wsUrl, statement.id, secretariat.cookie);
    await waitForSync(writer);
    writeParagraphs(writer.doc, ['The coalition text that everyone comments on.']);
    const anchors = anchorsAround(writer.doc, 'everyone comments');
    await waitFor(async () => (await secretariat.post(`/api/statements/${statement.id}/threads`, { kind: 'comment', ...anchors, body: 'stored?' })).status === 201, {
      message: 'the text stored',
    });
    writer.destroy();
    const suggestion = await secretariat.post<{ id: string }>(`/api/statements/${statement.id}/threads`, { kind: 'suggestion', ...anchors, replacement: 'all comment' });
    world = { statementId: statement.id, memberOrgId, target: { userId: target.userId }, anchors, suggestionId: suggestion.body.id };
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

  it('holds for the websocket: write, read-only or refused', async () => {
    const expected: Record<RoleName, 'write' | 'read' | number> = {
      anonymous: 4401,
      notAgreed: 4403,
      supporter: 'read',
      member: 'read',
      signatory: 'read',
      drafter: 'write',
      otherOrganisation: 'read',
      secretariat: 'write',
    };
    const seen: Partial<Record<RoleName, 'write' | 'read' | number>> = {};
    for (const role of ROLES) {
      const raw = openRawCollabSocket(server.wsUrl, world.statementId, clients.get(role)!.cookie);
      const closed = raw.waitForClose().catch(() => null);
      const firstSync = waitFor(() => raw.framesOfType(MessageType.sync).length > 0 || raw.closeCode !== null, { message: `${role}: sync or close` });
      await firstSync;
      if (raw.closeCode !== null) {
        seen[role] = raw.closeCode;
        continue;
      }
      // An edit, then a Saved query: the answer comes after the edit was handled, and says whether it was accepted.
      raw.send(frame([MessageType.sync, SYNC_UPDATE], paragraphUpdate(`written-by-${role}`)));
      raw.send(frame([MessageType.saved, 1]));
      const answer = await waitFor(() => raw.framesOfType(MessageType.saved)[0], { message: `${role}: saved answer` });
      const decoder = decoding.createDecoder(answer);
      decoding.readVarUint(decoder);
      decoding.readVarUint(decoder);
      seen[role] = decoding.readVarUint(decoder) === 1 ? 'write' : 'read';
      raw.socket.close();
      await closed;
    }
    expect(seen).toEqual(expected);
    // Only the writers' edits were stored.
    const stored = fragmentText(readStoredDocument(server.dataDir, world.statementId).doc);
    for (const role of ROLES) {
      if (expected[role] === 'write') expect(stored).toContain(`written-by-${role}`);
      else expect(stored).not.toContain(`written-by-${role}`);
    }
  });

  it('holds through the stages: freeze, sign, withdraw, publish, and finally logout', async () => {
    // Last in this file: it freezes the statement and ends every session. Each row runs for every
    // role in order, the secretariat last, whose call changes the stage.
    const statusesOf = async (request: (client: ApiClient) => Promise<{ status: number }>) => {
      const seen: Partial<Record<RoleName, number>> = {};
      for (const role of ROLES) seen[role] = (await request(clients.get(role)!)).status;
      return seen;
    };
    const all = (value: number, overrides: Partial<Record<RoleName, number>>) => ({ ...Object.fromEntries(ROLES.map((role) => [role, value])), ...overrides });

    // Threads opened by the rows above are still open: the secretariat carries them over.
    expect(await statusesOf((client) => client.post(`/api/statements/${world.statementId}/freeze`, { carryOver: true }))).toEqual(all(403, { anonymous: 401, secretariat: 200 }));
    const { finalVersion } = (await clients.get('secretariat')!.get<{ finalVersion: { hash: string } }>(`/api/statements/${world.statementId}`)).body;
    expect(await statusesOf((client) => client.post(`/api/statements/${world.statementId}/signatures`, { hash: finalVersion.hash }))).toEqual(
      all(403, { anonymous: 401, signatory: 201 }),
    );
    expect(await statusesOf((client) => client.get(`/api/statements/${world.statementId}/signatures`))).toEqual(all(200, { anonymous: 401, notAgreed: 403 }));
    // Only the signatory withdraws its organisation's signature (CONTRACT).
    expect(await statusesOf((client) => client.delete(`/api/statements/${world.statementId}/signatures`))).toEqual(
      all(403, { anonymous: 401, signatory: 204 }),
    );
    expect(await statusesOf((client) => client.post(`/api/statements/${world.statementId}/publish`, {}))).toEqual(all(403, { anonymous: 401, secretariat: 200 }));
    expect(await statusesOf((client) => client.post('/api/auth/logout', {}))).toEqual(all(204, { anonymous: 401 }));
  });
});
