import { randomUUID } from 'node:crypto';
import { Router } from 'express';
import * as Y from 'yjs';
import type { OfferableChangeView, UpstreamView } from '../../shared/api/types.ts';
import { TEXT_FRAGMENT } from '../../shared/collab/protocol.ts';
import { offerChangesInput, pullInput, shareForkInput } from '../../shared/schemas/forks.ts';
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
import { canonicalDocument } from '../versions/canonicalDocument.ts';
import { publicOrigin } from '../accounts/oneTimeLinks.ts';
import { openThread, publishThread } from '../comments/openThread.ts';
import { storedState } from './storedState.ts';
import { createVersion } from '../versions/createVersion.ts';
import { lineageTree } from './lineage.ts';
import { differingRange, passages, withDoc } from './paragraphIdentity.ts';
import { passageChanges } from './passageChanges.ts';
import { deleteProvisional, pullChangeUpdate } from './pullChange.ts';
import { upstreamDiff } from './upstreamChanges.ts';

/** The canonical content of an encoded document state. */
const contentOf = (state: Uint8Array) => withDoc(state, (doc) => canonicalDocument(doc.getXmlFragment(TEXT_FRAGMENT)));

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
export function createForksRouter({ store, collab, audit, env }: AppContext): Router {
  const router = Router();

  router.post('/statements/:id/forks', async (request, response) => {
    const actor = requireActor(request);
    const upstream = await findStatementFor(store, actor, request.params.id);
    authorise(upstream.roles, 'statement.fork');
    const organisation = actor.organisation!;
    const owned = await store.statements.countForksOwnedBy(organisation.id);
    if (owned >= env.ACCORD_MAX_FORKS_PER_ORG) {
      throw new HttpError(
        'too_many_requests',
        `${organisation.name} has ${owned} forks, the most one organisation may have (${env.ACCORD_MAX_FORKS_PER_ORG}); keep working in an existing fork, or ask the secretariat to raise ACCORD_MAX_FORKS_PER_ORG`,
      );
    }
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
      signOnDeadline: null,
      whoMaySign: 'members' as const,
      openAfterPublication: false,
      finalVersion: null,
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

  // A fork is published by its own organisation, under its own name: its final version, at once.
  router.post('/statements/:id/fork-publication', async (request, response) => {
    const actor = requireActor(request);
    const { access } = await findFork(store, actor, request.params.id);
    authorise(access.roles, 'fork.manage');
    if (access.statement.ownerOrgId !== actor.organisation?.id) throw new HttpError('forbidden', 'Only its own organisation publishes a fork');
    if (access.statement.stage !== 'drafting') throw new HttpError('conflict', 'This fork has been published already');
    const final = await createVersion({ store, collab }, actor, access.statement.id, 'Published text', 'final');
    const at = new Date().toISOString();
    if (!(await store.statements.moveStage(access.statement.id, 'drafting', 'published', at, final.number))) {
      throw new HttpError('conflict', 'The fork changed stage meanwhile');
    }
    await store.statements.setShared(access.statement.id, true, at);
    await store.publications.publish({ statementId: access.statement.id, versionNumber: final.number, publishedBy: actor.user.id, publishedAt: at, withdrawnAt: null });
    await audit.record(actor, 'statement.published', { type: 'statement', id: access.statement.id }, { version: final.number, fork: true });
    // Its editors reconnect read-only: the published text does not change.
    await collab.reconnectStatement(access.statement.id);
    response.json({ stage: 'published', url: `${publicOrigin(request, env.PUBLIC_URL)}/p/${access.statement.slug}`, ...final });
  });

  router.get('/statements/:id/upstream', async (request, response) => {
    const actor = requireActor(request);
    const { lineage } = await findFork(store, actor, request.params.id);
    const upstream = await findStatementFor(store, actor, lineage.upstreamId);
    const upstreamState = await collab.withDocument(upstream.statement.id, (document) => document.encodeState());
    const changes = passageChanges(lineage.pulledState, upstreamState, await store.statements.changePulls(lineage.statementId));
    const view: UpstreamView = {
      upstream: { id: upstream.statement.id, title: upstream.statement.title },
      forkedAt: lineage.forkedAt,
      upstreamVersion: lineage.upstreamVersion,
      pulledAt: lineage.pulledAt,
      changed: changes.length > 0,
      diff: upstreamDiff(contentOf(lineage.pulledState), contentOf(upstreamState)),
      changes,
    };
    response.json(view);
  });

  /**
   * Pull every upstream change since the last full pull (the upstream's own Yjs updates, merged,
   * with what single pulls inserted meanwhile removed), or the change of one passage.
   */
  router.post('/statements/:id/upstream/pull', async (request, response) => {
    const actor = requireActor(request);
    const { access, lineage } = await findFork(store, actor, request.params.id);
    authorise(access.roles, 'fork.manage');
    if (access.statement.stage !== 'drafting') throw new HttpError('conflict', 'The text is frozen');
    const { key } = parseInput(pullInput, request.body ?? {});
    const upstream = await findStatementFor(store, actor, lineage.upstreamId);
    const upstreamState = await collab.withDocument(upstream.statement.id, (document) => document.encodeState());
    const at = new Date().toISOString();
    if (key !== undefined) {
      const change = passageChanges(lineage.pulledState, upstreamState, await store.statements.changePulls(lineage.statementId)).find((candidate) => candidate.key === key);
      if (change === undefined) throw new HttpError('conflict', 'That change is no longer waiting to be pulled');
      await collab.withDocument(access.statement.id, async (document) => {
        const pulled = pullChangeUpdate(document.encodeState(), lineage.pulledState, upstreamState, change);
        if (pulled === null) throw new HttpError('conflict', 'Your fork no longer has the passage this change is about');
        await collab.applyServerChange(document, pulled.update);
        await store.statements.recordChangePull(access.statement.id, key, change.after, pulled.provisional, at);
      });
      await audit.record(actor, 'fork.pulled', { type: 'statement', id: access.statement.id }, { upstream: upstream.statement.id, passage: key });
      response.status(204).end();
      return;
    }
    const missing = Y.diffUpdate(upstreamState, Y.encodeStateVectorFromUpdate(lineage.pulledState));
    const provisional = await store.statements.provisionalItems(access.statement.id);
    await collab.withDocument(access.statement.id, async (document) => {
      const merged = withDoc(document.encodeState(), (copy) => {
        const updates: Uint8Array[] = [];
        copy.on('update', (update: Uint8Array) => updates.push(update));
        Y.applyUpdate(copy, missing);
        deleteProvisional(copy, provisional);
        return updates.length > 0 ? Y.mergeUpdates(updates) : null;
      });
      if (merged !== null) await collab.applyServerChange(document, merged);
    });
    await store.statements.recordPull(access.statement.id, upstreamState, at);
    await audit.record(actor, 'fork.pulled', { type: 'statement', id: access.statement.id }, { upstream: upstream.statement.id });
    response.status(204).end();
  });

  router.get('/statements/:id/lineage', async (request, response) => {
    const actor = requireActor(request);
    const { statement } = await findStatementFor(store, actor, request.params.id);
    response.json(
      await lineageTree(
        {
          forksOf: (id) => store.statements.forksOf(id),
          // From the store, not the registry: a reader's request must not load a tree of documents.
          stateOf: (id) => storedState(store.documents, id),
          organisation: async (orgId) => {
            const organisation = await store.organisations.findById(orgId);
            return organisation ? { id: organisation.id, name: organisation.name, country: organisation.country } : null;
          },
        },
        statement,
      ),
    );
  });

  /** The fork's own changes to passages the upstream still has: what can be offered back. */
  const offerable = async (forkId: string, upstreamId: string): Promise<OfferableChangeView[]> => {
    const [forkState, upstreamState] = await Promise.all([
      collab.withDocument(forkId, (document) => document.encodeState()),
      collab.withDocument(upstreamId, (document) => document.encodeState()),
    ]);
    const upstream = new Map(withDoc(upstreamState, passages).map(({ key, content }) => [key, content]));
    return withDoc(forkState, passages).flatMap(({ key, content }) => {
      const before = upstream.get(key);
      return before !== undefined && before !== content ? [{ key, before, after: content }] : [];
    });
  };

  router.get('/statements/:id/offerable', async (request, response) => {
    const actor = requireActor(request);
    const { access, lineage } = await findFork(store, actor, request.params.id);
    authorise(access.roles, 'fork.manage');
    response.json(await offerable(access.statement.id, lineage.upstreamId));
  });

  // Offer some of the fork's changes back: each becomes a suggestion on the upstream, naming the fork.
  router.post('/statements/:id/offers', async (request, response) => {
    const actor = requireActor(request);
    const { access, lineage } = await findFork(store, actor, request.params.id);
    authorise(access.roles, 'fork.manage');
    const upstream = await findStatementFor(store, actor, lineage.upstreamId);
    authorise(upstream.roles, 'statement.comment');
    if (upstream.statement.stage !== 'drafting') throw new HttpError('conflict', 'The upstream text is frozen');
    const { keys, note } = parseInput(offerChangesInput, request.body);
    const changes = new Map((await offerable(access.statement.id, lineage.upstreamId)).map((change) => [change.key, change]));
    const organisation = actor.organisation?.name ?? 'the secretariat';
    const body = [note, `Offered from the fork “${access.statement.title}” of ${organisation}.`].filter(Boolean).join('\n\n');
    const created: string[] = [];
    for (const key of keys) {
      const change = changes.get(key);
      if (change === undefined) throw new HttpError('conflict', 'One of the offered changes is no longer different from the upstream text');
      const anchors = await collab.withDocument(upstream.statement.id, (document) => {
        const passage = passages(document.doc).find((candidate) => candidate.key === key);
        if (passage === undefined) return null;
        const { prefix, suffix } = differingRange(passage.content, change.after);
        const encode = (position: Y.RelativePosition) => Buffer.from(Y.encodeRelativePosition(position)).toString('base64');
        return {
          anchorStart: encode(Y.createRelativePositionFromTypeIndex(passage.text, prefix, 0)),
          anchorEnd: encode(Y.createRelativePositionFromTypeIndex(passage.text, passage.content.length - suffix, -1)),
          replacement: change.after.slice(prefix, change.after.length - suffix),
        };
      });
      if (anchors === null) throw new HttpError('conflict', 'One of the offered passages is no longer in the upstream text');
      const thread = await openThread({ store, collab, audit, env }, actor, upstream, {
        kind: 'suggestion',
        anchorStart: anchors.anchorStart,
        anchorEnd: anchors.anchorEnd,
        replacement: anchors.replacement,
        body,
        visibility: 'coalition',
        mentions: [],
      });
      await publishThread({ store, collab }, thread);
      created.push(thread.id);
    }
    await audit.record(actor, 'fork.offered', { type: 'statement', id: upstream.statement.id }, { fork: access.statement.id, suggestions: created });
    response.status(201).json({ suggestions: created });
  });

  return router;
}
