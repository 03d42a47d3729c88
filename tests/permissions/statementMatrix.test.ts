import * as decoding from 'lib0/decoding';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MessageType } from '../../shared/collab/protocol.ts';
import {
  PERSONA_NAMES,
  SITUATION_NAMES,
  SITUATIONS,
  liveAccess,
  permissionDecision,
  type LiveAccess,
  type Persona,
  type Situation,
} from '../../shared/permissions/permissionTable.ts';
import type { PolicyDecision, Stage, StatementAction } from '../../shared/permissions/statementPolicy.ts';
import { ApiClient } from '../support/ApiClient.ts';
import { agreeToPurpose, createContact, createOrganisation, createStatement, signInAsSecretariat, type Contact } from '../support/coalition.ts';
import { connectCollab, waitForSync } from '../support/collabClient.ts';
import { paragraphUpdate } from '../support/paragraphUpdate.ts';
import { frame, openRawCollabSocket } from '../support/rawCollabSocket.ts';
import { startAccord, type AccordProcess } from '../support/startAccord.ts';
import { anchorsAround, writeParagraphs } from '../support/textAnchors.ts';
import { waitFor } from '../support/waitFor.ts';
import { waitForStoredText } from '../support/waitForStoredText.ts';

/**
 * The statement permission matrix over the wire, generated from the same table as
 * docs/PERMISSIONS.md (shared/permissions/permissionTable.ts): for every persona × situation
 * (coalition statement, own or another organisation's fork, private or shared) × stage, every
 * statement call of the HTTP API and the websocket answer what the statement policy decides.
 * The calls outside any one statement (organisations, invitations, purpose, users, audit, search)
 * are in matrix.test.ts.
 */

type Anchors = { anchorStart: string; anchorEnd: string };

/** One statement in one situation and stage, with what the calls need to succeed when allowed. */
interface World {
  statementId: string;
  shared: boolean;
  /** Around words of the first paragraph: comments and suggestions. */
  anchors: Anchors;
  /** A comment thread by someone who is not a persona: replies. */
  commentThreadId: string;
  /** One open thread per persona and call, by someone who is not a persona: each call that decides one takes its own. */
  toResolve: string[];
  toReopen: string[];
  toAccept: string[];
  toReject: string[];
  /** The final version's hash (coalition statements after freezing). */
  finalHash: string | null;
  /** A passage the fork changed, to offer back upstream. */
  offerKey: string | null;
  /** Each persona's own comment, made while drafting by those who could; the others try someone else's. */
  ownComments: Map<Persona, { threadId: string; commentId: string }>;
}

interface StatementCall {
  name: string;
  /** What the route asks the policy, after reading, in order: the first one not allowed decides the status. */
  actions: readonly StatementAction[];
  /** The status of an allowed call. */
  success: number;
  /** A fork's call: 409 "not a fork" on a coalition statement, to anyone who reads it. */
  forkOnly?: boolean;
  /** It changes the stage: when someone may, the row runs on a throw-away statement of the same situation and stage. */
  changesStage?: boolean;
  request: (client: ApiClient, world: World, persona: Persona) => Promise<{ status: number; body: unknown }>;
}

const HASH_NOBODY_SIGNS = 'a'.repeat(64);
let counter = 0;
const take = (pool: string[]) => pool.pop() ?? 'no-thread-left';
/** A persona's own comment; for those who had none (they could not comment), the setup comment: they are refused before it matters whose it is. */
const ownCommentOf = (world: World, persona: Persona) =>
  world.ownComments.get(persona) ?? world.ownComments.get('secretariat') ?? { threadId: world.commentThreadId, commentId: 'none' };

/** Every statement call of the HTTP API (CONTRACT.md); a new call is one entry. */
const CALLS: StatementCall[] = [
  { name: 'GET /api/statements/:id', actions: [], success: 200, request: (client, world) => client.get(`/api/statements/${world.statementId}`) },
  {
    name: 'GET /api/statements/:id/threads',
    actions: [],
    success: 200,
    request: (client, world) => client.get(`/api/statements/${world.statementId}/threads`),
  },
  {
    name: 'POST /api/statements/:id/threads (comment)',
    actions: ['statement.comment'],
    success: 201,
    request: (client, world) => client.post(`/api/statements/${world.statementId}/threads`, { kind: 'comment', ...world.anchors, body: 'A remark' }),
  },
  {
    name: 'POST /api/statements/:id/threads (suggestion)',
    actions: ['statement.comment', 'statement.suggest'],
    success: 201,
    request: (client, world) =>
      client.post(`/api/statements/${world.statementId}/threads`, { kind: 'suggestion', ...world.anchors, replacement: `all comment ${++counter}` }),
  },
  {
    name: 'POST /api/threads/:id/comments (reply)',
    actions: ['statement.comment'],
    success: 201,
    request: (client, world) => client.post(`/api/threads/${world.commentThreadId}/comments`, { body: 'A reply' }),
  },
  {
    name: "POST /api/threads/:id/resolve (someone else's comment)",
    actions: ['statement.decideSuggestions'],
    success: 200,
    request: (client, world) => client.post(`/api/threads/${take(world.toResolve)}/resolve`, {}),
  },
  {
    name: "POST /api/threads/:id/reopen (someone else's resolved comment)",
    actions: ['statement.decideSuggestions'],
    success: 200,
    request: (client, world) => client.post(`/api/threads/${take(world.toReopen)}/reopen`, {}),
  },
  {
    name: 'PATCH /api/threads/:id/comments/:commentId (their own comment)',
    actions: ['statement.comment'],
    success: 200,
    request: (client, world, persona) => {
      const own = ownCommentOf(world, persona);
      return client.patch(`/api/threads/${own.threadId}/comments/${own.commentId}`, { body: 'Edited' });
    },
  },
  {
    // After the row above.
    name: 'DELETE /api/threads/:id/comments/:commentId (their own comment)',
    actions: ['statement.comment'],
    success: 200,
    request: (client, world, persona) => {
      const own = ownCommentOf(world, persona);
      return client.delete(`/api/threads/${own.threadId}/comments/${own.commentId}`);
    },
  },
  {
    name: 'POST /api/threads/:id/accept',
    actions: ['statement.acceptSuggestions'],
    success: 200,
    request: (client, world) => client.post(`/api/threads/${take(world.toAccept)}/accept`, {}),
  },
  {
    name: 'POST /api/threads/:id/reject',
    actions: ['statement.decideSuggestions'],
    success: 200,
    request: (client, world) => client.post(`/api/threads/${take(world.toReject)}/reject`, { reason: 'Not this time' }),
  },
  {
    name: 'POST /api/statements/:id/versions',
    actions: ['statement.nameVersion'],
    success: 201,
    request: (client, world) => client.post(`/api/statements/${world.statementId}/versions`, { name: `Version ${++counter}` }),
  },
  {
    name: 'GET /api/statements/:id/versions',
    actions: [],
    success: 200,
    request: (client, world) => client.get(`/api/statements/${world.statementId}/versions`),
  },
  {
    name: 'GET /api/statements/:id/versions/1',
    actions: [],
    success: 200,
    request: (client, world) => client.get(`/api/statements/${world.statementId}/versions/1`),
  },
  {
    name: 'GET /api/statements/:id/diff?from=1',
    actions: [],
    success: 200,
    request: (client, world) => client.get(`/api/statements/${world.statementId}/diff?from=1`),
  },
  {
    name: 'PATCH /api/statements/:id',
    actions: ['statement.rename'],
    success: 200,
    request: (client, world) => client.patch(`/api/statements/${world.statementId}`, { title: `Renamed ${++counter}` }),
  },
  {
    name: 'POST /api/statements/:id/drafters',
    actions: ['statement.manageDrafters'],
    success: 204,
    request: (client, world) => client.post(`/api/statements/${world.statementId}/drafters`, { userId: cast.target.userId }),
  },
  {
    // After the row above: the secretariat, last in each row, added the target there.
    name: 'DELETE /api/statements/:id/drafters/:userId',
    actions: ['statement.manageDrafters'],
    success: 204,
    request: (client, world) => client.delete(`/api/statements/${world.statementId}/drafters/${cast.target.userId}`),
  },
  {
    name: 'POST /api/statements/:id/forks',
    actions: ['statement.fork'],
    success: 201,
    request: (client, world) => client.post(`/api/statements/${world.statementId}/forks`, {}),
  },
  {
    // The sharing the fork has already: allowed callers change nothing the next rows see.
    name: 'POST /api/statements/:id/sharing',
    actions: ['fork.manage'],
    success: 204,
    forkOnly: true,
    request: (client, world) => client.post(`/api/statements/${world.statementId}/sharing`, { shared: world.shared }),
  },
  {
    name: 'GET /api/statements/:id/upstream',
    actions: [],
    success: 200,
    forkOnly: true,
    request: (client, world) => client.get(`/api/statements/${world.statementId}/upstream`),
  },
  {
    name: 'POST /api/statements/:id/upstream/pull',
    actions: ['fork.manage', 'statement.editText'],
    success: 204,
    forkOnly: true,
    request: (client, world) => client.post(`/api/statements/${world.statementId}/upstream/pull`, {}),
  },
  {
    name: 'GET /api/statements/:id/offerable',
    actions: ['fork.manage'],
    success: 200,
    forkOnly: true,
    request: (client, world) => client.get(`/api/statements/${world.statementId}/offerable`),
  },
  {
    // The upstream is a coalition statement being drafted: everyone who manages the fork may suggest there.
    name: 'POST /api/statements/:id/offers',
    actions: ['fork.manage'],
    success: 201,
    forkOnly: true,
    request: (client, world) => client.post(`/api/statements/${world.statementId}/offers`, { keys: [world.offerKey ?? '0:0'] }),
  },
  {
    // After the fork's calls: restoring makes new paragraphs, which no longer match the upstream's to offer back.
    name: 'POST /api/statements/:id/versions/1/restore',
    actions: ['statement.restoreVersion'],
    success: 200,
    request: (client, world) => client.post(`/api/statements/${world.statementId}/versions/1/restore`, {}),
  },
  {
    name: 'GET /api/statements/:id/lineage',
    actions: [],
    success: 200,
    request: (client, world) => client.get(`/api/statements/${world.statementId}/lineage`),
  },
  {
    name: 'POST /api/statements/:id/signatures',
    actions: ['statement.sign'],
    success: 201,
    request: (client, world) => client.post(`/api/statements/${world.statementId}/signatures`, { hash: world.finalHash ?? HASH_NOBODY_SIGNS }),
  },
  {
    name: 'GET /api/statements/:id/signatures',
    actions: [],
    success: 200,
    request: (client, world) => client.get(`/api/statements/${world.statementId}/signatures`),
  },
  {
    // After the row above: the signatory who signed there withdraws here.
    name: 'DELETE /api/statements/:id/signatures',
    actions: ['statement.withdrawSignature'],
    success: 204,
    request: (client, world) => client.delete(`/api/statements/${world.statementId}/signatures`),
  },
  {
    // After the rows above: the organisation that withdrew now declines.
    name: 'POST /api/statements/:id/declines',
    actions: ['statement.decline'],
    success: 201,
    request: (client, world) => client.post(`/api/statements/${world.statementId}/declines`, { reason: 'Our board has not met' }),
  },
  {
    name: 'GET /api/statements/:id/declines/ours',
    actions: [],
    success: 200,
    request: (client, world) => client.get(`/api/statements/${world.statementId}/declines/ours`),
  },
  {
    name: 'GET /api/statements/:id/tally',
    actions: ['statement.readTally'],
    success: 200,
    request: (client, world) => client.get(`/api/statements/${world.statementId}/tally`),
  },
  {
    name: 'GET /api/statements/:id/publish-check',
    actions: ['statement.readTally'],
    success: 200,
    request: (client, world) => client.get(`/api/statements/${world.statementId}/publish-check`),
  },
  {
    name: 'GET /api/statements/:id/fork-publication',
    actions: [],
    success: 200,
    forkOnly: true,
    request: (client, world) => client.get(`/api/statements/${world.statementId}/fork-publication`),
  },
  {
    name: 'PATCH /api/statements/:id/settings',
    actions: ['statement.editSettings'],
    success: 204,
    request: (client, world) => client.patch(`/api/statements/${world.statementId}/settings`, { openAfterPublication: false }),
  },
  {
    name: 'GET /api/statements/:id/dispositions.csv',
    actions: [],
    success: 200,
    request: (client, world) => client.get(`/api/statements/${world.statementId}/dispositions.csv`),
  },
  {
    name: 'POST /api/statements/:id/freeze',
    actions: ['statement.freeze'],
    success: 200,
    changesStage: true,
    // Open threads are carried over: this call is about who may freeze, not about deciding them first.
    request: (client, world) => client.post(`/api/statements/${world.statementId}/freeze`, { carryOver: true }),
  },
  {
    name: 'POST /api/statements/:id/reopen',
    actions: ['statement.reopen'],
    success: 200,
    changesStage: true,
    request: (client, world) => client.post(`/api/statements/${world.statementId}/reopen`, {}),
  },
  {
    name: 'POST /api/statements/:id/publish',
    actions: ['statement.publish'],
    success: 200,
    changesStage: true,
    request: (client, world) => client.post(`/api/statements/${world.statementId}/publish`, {}),
  },
  {
    name: 'POST /api/statements/:id/withdraw',
    actions: ['statement.withdraw'],
    success: 200,
    changesStage: true,
    request: (client, world) => client.post(`/api/statements/${world.statementId}/withdraw`, {}),
  },
  {
    name: 'POST /api/statements/:id/fork-publication',
    actions: ['fork.publish'],
    success: 200,
    forkOnly: true,
    changesStage: true,
    request: (client, world) => client.post(`/api/statements/${world.statementId}/fork-publication`, {}),
  },
];

const STATUS: Record<Exclude<PolicyDecision, 'allowed'>, number> = { unauthenticated: 401, forbidden: 403, notFound: 404, notNow: 409 };
const CLOSE: Record<Exclude<LiveAccess, 'write' | 'read'>, number> = { unauthenticated: 4401, forbidden: 4403, notFound: 4404 };

/** The status the table predicts for one persona's call. */
function expectedStatus(call: StatementCall, persona: Persona, situation: Situation, stage: Stage): number {
  for (const action of ['statement.read', ...call.actions] as const) {
    const decision = permissionDecision(persona, situation, stage, action);
    if (decision !== 'allowed') return STATUS[decision];
    // Every fork route loads the fork's lineage right after reading the statement.
    if (action === 'statement.read' && call.forkOnly && SITUATIONS[situation].ownerOrgId === null) return 409;
  }
  return call.success;
}

const SYNC_UPDATE = 2;
const FIRST_PARAGRAPH = 'The coalition text that everyone comments on.';
const WORDS = ['alpha', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot', 'golf', 'hotel', 'india'];
const FORKED_PASSAGE = 'A passage the fork adapts.';

/** The people: the personas, and helpers who set worlds up without being any persona. */
interface Cast {
  clients: Map<Persona, ApiClient>;
  drafterId: string;
  target: { userId: string };
  /** A second secretariat account, the author of coalition statements' setup threads. */
  setupSecretariat: ApiClient;
  /** Per situation owner: a contact and a signatory of the fork's organisation who are not personas. */
  ownHelpers: { contact: Contact; signatory: Contact };
  otherHelpers: { contact: Contact; signatory: Contact };
  /** The coalition statement every fork is made from, being drafted, and anchors into its text (forks share its items). */
  upstreamId: string;
  upstreamAnchors: { comment: Anchors; reject: Anchors; words: Anchors[]; forked: Anchors };
}

let cast: Cast;
let server: AccordProcess;

const clientOf = (persona: Persona): ApiClient => {
  const client = cast.clients.get(persona);
  if (client === undefined) throw new Error(`no client for ${persona}`);
  return client;
};

const expectStatus = async (response: Promise<{ status: number; body: unknown }>, status: number, what: string) => {
  const { status: seen, body } = await response;
  if (seen !== status) throw new Error(`${what}: ${seen} ${JSON.stringify(body).slice(0, 160)}`);
  return body;
};

/** Writes the statement's text through the websocket, as an editor would; anchors into it. */
async function writeText(statementId: string, cookie: string | null) {
  const writer = connectCollab(server.wsUrl, statementId, cookie);
  await waitForSync(writer);
  writeParagraphs(writer.doc, [FIRST_PARAGRAPH, WORDS.join(' '), FORKED_PASSAGE]);
  await waitForStoredText(server.wsUrl, statementId, cookie, 'india', 'fork adapts');
  const anchors = {
    comment: anchorsAround(writer.doc, 'everyone comments'),
    reject: anchorsAround(writer.doc, 'coalition text'),
    words: WORDS.map((word) => anchorsAround(writer.doc, word)),
    forked: anchorsAround(writer.doc, 'adapts'),
  };
  writer.destroy();
  return anchors;
}

/**
 * A statement in the situation, moved to the stage. `full`: with text, threads, a version and an
 * offerable change, for every call to succeed when allowed; otherwise bare, for one stage change.
 */
async function buildWorld(situation: Situation, stage: Stage, full: boolean): Promise<World> {
  const secretariat = clientOf('secretariat');
  const { ownerOrgId, shared } = SITUATIONS[situation];
  const helpers = ownerOrgId === null ? null : situation.startsWith('own') ? cast.ownHelpers : cast.otherHelpers;
  // Who writes the setup threads and versions: an editor of the statement who is no persona.
  const author = helpers?.contact.client ?? cast.setupSecretariat;
  let statementId: string;
  let anchors = cast.upstreamAnchors;
  if (helpers === null) {
    statementId = (await createStatement(secretariat, `Matrix ${situation} ${stage} ${++counter}`)).id;
    await expectStatus(secretariat.post(`/api/statements/${statementId}/drafters`, { userId: cast.drafterId }), 204, 'naming the drafter');
    // Text always: an empty statement cannot be frozen.
    anchors = await writeText(statementId, secretariat.cookie);
  } else {
    const fork = (await expectStatus(author.post(`/api/statements/${cast.upstreamId}/forks`, {}), 201, 'forking')) as { id: string };
    statementId = fork.id;
    // Shared from the start, so the personas' own comments below are made in the situation itself.
    if (shared) await expectStatus(author.post(`/api/statements/${statementId}/sharing`, { shared }), 204, 'sharing');
  }
  const world: World = {
    statementId,
    shared,
    anchors: anchors.comment,
    commentThreadId: '',
    toResolve: [],
    toReopen: [],
    toAccept: [],
    toReject: [],
    finalHash: null,
    offerKey: null,
    ownComments: new Map(),
  };
  if (full) {
    const thread = (kind: 'comment' | 'suggestion', at: Anchors, replacement?: string) =>
      expectStatus(
        author.post<{ id: string }>(
          `/api/statements/${statementId}/threads`,
          kind === 'comment' ? { kind, ...at, body: 'Setup' } : { kind, ...at, replacement },
        ),
        201,
        `a setup ${kind}`,
      ).then((body) => (body as { id: string }).id);
    if (helpers !== null) {
      // The fork's own change to a passage the upstream has: what it can offer back.
      await expectStatus(author.post(`/api/threads/${await thread('suggestion', anchors.forked, 'rewrites')}/accept`, {}), 200, 'the fork changing a passage');
      const offerable = (await expectStatus(author.get(`/api/statements/${statementId}/offerable`), 200, 'offerable')) as { key: string }[];
      world.offerKey = offerable[0]?.key ?? null;
    }
    world.commentThreadId = await thread('comment', anchors.comment);
    world.toResolve = await Promise.all(PERSONA_NAMES.map(() => thread('comment', anchors.comment)));
    world.toReopen = await Promise.all(
      PERSONA_NAMES.map(async () => {
        const id = await thread('comment', anchors.comment);
        await expectStatus(author.post(`/api/threads/${id}/resolve`, {}), 200, 'resolving a setup comment');
        return id;
      }),
    );
    world.toAccept = await Promise.all(anchors.words.map((at, index) => thread('suggestion', at, `${WORDS[index]!}-accepted`)));
    world.toReject = await Promise.all(PERSONA_NAMES.map((_, index) => thread('suggestion', anchors.reject, `rejected ${index}`)));
    await expectStatus(author.post(`/api/statements/${statementId}/versions`, { name: 'Setup' }), 201, 'version 1');
    const commenters = PERSONA_NAMES.filter((persona) => permissionDecision(persona, situation, 'drafting', 'statement.comment') === 'allowed');
    await Promise.all(
      commenters.map(async (persona) => {
        const view = (await expectStatus(
          clientOf(persona).post(`/api/statements/${statementId}/threads`, { kind: 'comment', ...anchors.comment, body: `By ${persona}` }),
          201,
          `${persona}'s own comment`,
        )) as { id: string; comments: { id: string }[] };
        world.ownComments.set(persona, { threadId: view.id, commentId: view.comments[0]!.id });
      }),
    );
  }
  if (helpers === null) {
    if (stage !== 'drafting') {
      const final = (await expectStatus(secretariat.post(`/api/statements/${statementId}/freeze`, { carryOver: true }), 200, 'freezing')) as { hash: string };
      world.finalHash = final.hash;
    }
    if (stage === 'published' || stage === 'withdrawn') await expectStatus(secretariat.post(`/api/statements/${statementId}/publish`, {}), 200, 'publishing');
    if (stage === 'withdrawn') await expectStatus(secretariat.post(`/api/statements/${statementId}/withdraw`, {}), 200, 'withdrawing');
  } else {
    if (stage === 'published')
      await expectStatus(helpers.signatory.client.post(`/api/statements/${statementId}/fork-publication`, {}), 200, 'publishing the fork');
    // Publishing shares a fork; a private published fork is one its organisation unshared since.
    if (stage === 'published' && !shared) await expectStatus(author.post(`/api/statements/${statementId}/sharing`, { shared }), 204, 'unsharing');
  }
  return world;
}

/** What the websocket gives one persona: write or read-only (asked with an edit and a Saved query), or a close code. */
async function liveAccessOf(persona: Persona, statementId: string): Promise<'write' | 'read' | number> {
  const raw = openRawCollabSocket(server.wsUrl, statementId, clientOf(persona).cookie);
  const closed = raw.waitForClose().catch(() => null);
  await waitFor(() => raw.framesOfType(MessageType.sync).length > 0 || raw.closeCode !== null, { message: `${persona}: sync or close` });
  if (raw.closeCode !== null) return raw.closeCode;
  // An edit, then a Saved query: the answer comes after the edit was handled, and says whether it was accepted.
  raw.send(frame([MessageType.sync, SYNC_UPDATE], paragraphUpdate(`written-by-${persona}`)));
  raw.send(frame([MessageType.saved, 1]));
  const answer = await waitFor(() => raw.framesOfType(MessageType.saved)[0], { message: `${persona}: saved answer` });
  const decoder = decoding.createDecoder(answer);
  decoding.readVarUint(decoder);
  decoding.readVarUint(decoder);
  const accepted = decoding.readVarUint(decoder) === 1;
  raw.socket.close();
  await closed;
  return accepted ? 'write' : 'read';
}

const WORLDS = SITUATION_NAMES.flatMap((situation) => SITUATIONS[situation].stages.map((stage) => ({ situation, stage: stage as Stage })));

describe('the statement permission matrix (shared/permissions/permissionTable.ts)', () => {
  beforeAll(async () => {
    server = await startAccord({ env: { ACCORD_SQLITE_SYNCHRONOUS: 'normal' } });
    const secretariat = await signInAsSecretariat(server);
    const [memberOrgId, otherOrgId, supporterOrgId, notAgreedOrgId] = await Promise.all([
      createOrganisation(secretariat, { category: 'member' }),
      createOrganisation(secretariat, { category: 'member' }),
      createOrganisation(secretariat, { category: 'supporter' }),
      createOrganisation(secretariat, { category: 'member' }),
    ]);
    const contact = (orgId: string | null, role: 'contact' | 'signatory' | 'secretariat' = 'contact', agreed = true) =>
      createContact(server, secretariat, { orgId, role, agreed });
    const [
      member,
      memberSignatory,
      drafter,
      other,
      supporter,
      supporterSignatory,
      notAgreed,
      target,
      setupSecretariat,
      ownHelper,
      ownHelperSignatory,
      otherHelper,
      otherHelperSignatory,
    ] = await Promise.all([
      contact(memberOrgId),
      contact(memberOrgId, 'signatory'),
      contact(memberOrgId),
      contact(otherOrgId),
      contact(supporterOrgId),
      contact(supporterOrgId, 'signatory'),
      contact(notAgreedOrgId, 'contact', false),
      contact(otherOrgId),
      contact(null, 'secretariat'),
      contact(memberOrgId),
      contact(memberOrgId, 'signatory'),
      contact(otherOrgId),
      contact(otherOrgId, 'signatory'),
    ]);
    await Promise.all([agreeToPurpose(member, memberOrgId), agreeToPurpose(other, otherOrgId), agreeToPurpose(supporter, supporterOrgId)]);
    const clients = new Map<Persona, ApiClient>([
      ['anonymous', new ApiClient(server.url)],
      ['notAgreed', notAgreed.client],
      ['supporterContact', supporter.client],
      ['supporterSignatory', supporterSignatory.client],
      ['memberContact', member.client],
      ['memberSignatory', memberSignatory.client],
      ['drafter', drafter.client],
      ['otherMember', other.client],
      ['secretariat', secretariat],
    ]);
    const upstream = await createStatement(secretariat, 'The upstream of every fork');
    const upstreamAnchors = await writeText(upstream.id, secretariat.cookie);
    cast = {
      clients,
      drafterId: drafter.userId,
      target: { userId: target.userId },
      setupSecretariat: setupSecretariat.client,
      ownHelpers: { contact: ownHelper, signatory: ownHelperSignatory },
      otherHelpers: { contact: otherHelper, signatory: otherHelperSignatory },
      upstreamId: upstream.id,
      upstreamAnchors,
    };
  });

  afterAll(async () => {
    await server?.dispose();
  });

  it('lets someone, somewhere, make every call, so that each call is also checked succeeding', () => {
    const neverAllowed = CALLS.filter(
      (call) => !WORLDS.some(({ situation, stage }) => PERSONA_NAMES.some((persona) => expectedStatus(call, persona, situation, stage) === call.success)),
    );
    expect(neverAllowed.map((call) => call.name)).toEqual([]);
  });

  it.each(WORLDS)('holds for every persona and every call on: $situation, $stage', { timeout: 60_000 }, async ({ situation, stage }) => {
    const world = await buildWorld(situation, stage, true);
    const mismatches: string[] = [];
    for (const call of CALLS) {
      const expected = new Map(PERSONA_NAMES.map((persona) => [persona, expectedStatus(call, persona, situation, stage)]));
      const someoneMay = [...expected.values()].includes(call.success);
      if (call.changesStage && someoneMay) {
        // A throw-away statement, and whoever may change its stage goes last.
        const throwAway = await buildWorld(situation, stage, false);
        const order = [...PERSONA_NAMES].sort((a, b) => Number(expected.get(a) === call.success) - Number(expected.get(b) === call.success));
        for (const persona of order) {
          const { status, body } = await call.request(clientOf(persona), throwAway, persona);
          if (status !== expected.get(persona))
            mismatches.push(`${persona} ${call.name}: ${status}, expected ${expected.get(persona)} ${JSON.stringify(body).slice(0, 160)}`);
        }
        continue;
      }
      // Only the secretariat or one signatory may change what the next rows see, and they come last.
      for (const persona of PERSONA_NAMES) {
        const { status, body } = await call.request(clientOf(persona), world, persona);
        if (status !== expected.get(persona))
          mismatches.push(`${persona} ${call.name}: ${status}, expected ${expected.get(persona)} ${JSON.stringify(body).slice(0, 160)}`);
      }
    }
    const expectedLive = Object.fromEntries(
      PERSONA_NAMES.map((persona) => {
        const access = liveAccess(persona, situation, stage);
        return [persona, access === 'write' || access === 'read' ? access : CLOSE[access]];
      }),
    );
    const seenLive = Object.fromEntries(
      await Promise.all(PERSONA_NAMES.map(async (persona) => [persona, await liveAccessOf(persona, world.statementId)] as const)),
    );
    expect({ http: mismatches, websocket: seenLive }).toEqual({ http: [], websocket: expectedLive });
  });
});
