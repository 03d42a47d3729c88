import { randomUUID } from 'node:crypto';
import { Router } from 'express';
import * as Y from 'yjs';
import type { UpstreamView } from '../../shared/api/types.ts';
import { TEXT_FRAGMENT } from '../../shared/collab/protocol.ts';
import { shareForkInput } from '../../shared/schemas/forks.ts';
import type { AppContext } from '../AppContext.ts';
import { requireActor } from '../auth/requireActor.ts';
import { HttpError } from '../http/HttpError.ts';
import { parseInput } from '../http/parseInput.ts';
import { authorise } from '../permissions/authorise.ts';
import { findStatementFor, type StatementAccess } from '../statements/findStatementFor.ts';
import { slugFor } from '../statements/slugFor.ts';
import type { Actor } from '../auth/Actor.ts';
import type { LineageRecord } from '../store/records.ts';
import type { Store } from '../store/Store.ts';
import { canonicalDocument, documentHash } from '../versions/canonicalDocument.ts';
import { upstreamChanges } from './upstreamChanges.ts';

/** The canonical content of an encoded document state. */
function contentOf(state: Uint8Array) {
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, state);
    return canonicalDocument(doc.getXmlFragment(TEXT_FRAGMENT));
  } finally {
    doc.destroy();
  }
}

/** A fork the actor may manage (its organisation's contacts), with its lineage; 404/403/409 otherwise. */
async function findFork(store: Store, actor: Actor, statementId: string | undefined): Promise<{ access: StatementAccess; lineage: LineageRecord }> {
  const access = await findStatementFor(store, actor, statementId);
  const lineage = await store.statements.lineage(access.statement.id);
  if (lineage === null) throw new HttpError('conflict', 'This statement is not a fork');
  return { access, lineage };
}

/**
 * Forks: a member organisation's own adapted version of a statement. It starts as a CRDT copy of
 * the upstream document (the same Yjs items), so later upstream changes merge into it as Yjs
 * updates, alongside the fork's own edits, without losing or duplicating either.
 */
export function createForksRouter({ store, collab, audit }: AppContext): Router {
  const router = Router();

  router.post('/statements/:id/forks', async (request, response) => {
    const actor = requireActor(request);
    const upstream = await findStatementFor(store, actor, request.params.id);
    authorise(upstream.roles, 'statement.fork');
    const organisation = actor.organisation!;
    const upstreamState = await collab.withDocument(upstream.statement.id, (document) => document.encodeState());
    const [newestVersion] = await store.versions.list(upstream.statement.id);
    const now = new Date().toISOString();
    const title = `${upstream.statement.title} — ${organisation.name}`.slice(0, 300);
    const fork = {
      id: randomUUID(),
      slug: slugFor(title),
      title,
      stage: 'drafting' as const,
      forkOf: upstream.statement.id,
      ownerOrgId: organisation.id,
      shared: false,
      createdBy: actor.user.id,
      createdAt: now,
      updatedAt: now,
    };
    await store.statements.createFork(fork, upstreamState, {
      statementId: fork.id,
      upstreamId: upstream.statement.id,
      upstreamVersion: newestVersion?.number ?? null,
      forkedBy: actor.user.id,
      forkedAt: now,
      pulledState: upstreamState,
      pulledAt: now,
    });
    await audit.record(actor, 'statement.forked', { type: 'statement', id: fork.id }, { upstream: upstream.statement.id, organisation: organisation.id });
    response.status(201).json({ id: fork.id, slug: fork.slug });
  });

  router.post('/statements/:id/sharing', async (request, response) => {
    const actor = requireActor(request);
    const { access } = await findFork(store, actor, request.params.id);
    authorise(access.roles, 'fork.manage');
    const { shared } = parseInput(shareForkInput, request.body);
    await store.statements.setShared(access.statement.id, shared, new Date().toISOString());
    await audit.record(actor, 'fork.shared', { type: 'statement', id: access.statement.id }, { shared });
    response.status(204).end();
  });

  router.get('/statements/:id/upstream', async (request, response) => {
    const actor = requireActor(request);
    const { lineage } = await findFork(store, actor, request.params.id);
    const upstream = await findStatementFor(store, actor, lineage.upstreamId);
    const current = await collab.withDocument(upstream.statement.id, (document) => canonicalDocument(document.doc.getXmlFragment(TEXT_FRAGMENT)));
    const pulled = contentOf(lineage.pulledState);
    const view: UpstreamView = {
      upstream: { id: upstream.statement.id, title: upstream.statement.title },
      forkedAt: lineage.forkedAt,
      upstreamVersion: lineage.upstreamVersion,
      pulledAt: lineage.pulledAt,
      changed: documentHash(pulled) !== documentHash(current),
      ...upstreamChanges(pulled, current),
    };
    response.json(view);
  });

  // Pull everything upstream changed since the last pull: the upstream's own Yjs updates, merged.
  router.post('/statements/:id/upstream/pull', async (request, response) => {
    const actor = requireActor(request);
    const { access, lineage } = await findFork(store, actor, request.params.id);
    authorise(access.roles, 'fork.manage');
    if (access.statement.stage !== 'drafting') throw new HttpError('conflict', 'The text is frozen');
    const upstream = await findStatementFor(store, actor, lineage.upstreamId);
    const upstreamState = await collab.withDocument(upstream.statement.id, (document) => document.encodeState());
    const missing = Y.diffUpdate(upstreamState, Y.encodeStateVectorFromUpdate(lineage.pulledState));
    await collab.withDocument(access.statement.id, (document) => collab.applyServerChange(document, missing));
    await store.statements.recordPull(access.statement.id, upstreamState, new Date().toISOString());
    await audit.record(actor, 'fork.pulled', { type: 'statement', id: access.statement.id }, { upstream: upstream.statement.id });
    response.status(204).end();
  });

  return router;
}
