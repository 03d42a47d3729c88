import { randomUUID } from 'node:crypto';
import { Router } from 'express';
import * as Y from 'yjs';
import type { ForkPublicationPreview, OfferableChangeView, UpstreamView } from '../../shared/api/types.ts';
import { TEXT_FRAGMENT } from '../../shared/collab/protocol.ts';
import { encodeAnchor } from '../../shared/comments/encodeAnchor.ts';
import { offerChangesInput, pullInput, shareForkInput } from '../../shared/schemas/forks.ts';
import type { AppContext } from '../AppContext.ts';
import { auditEntry } from '../audit/AuditLog.ts';
import { auditScopeOf } from '../audit/auditScopeOf.ts';
import { requireActor } from '../auth/requireActor.ts';
import { HttpError } from '../http/HttpError.ts';
import { parseInput } from '../http/parseInput.ts';
import { findStatementFor, permit, type StatementAccess } from '../statements/findStatementFor.ts';
import { slugFor } from '../statements/slugFor.ts';
import type { Actor } from '../auth/Actor.ts';
import type { LineageRecord } from '../store/records.ts';
import type { Store } from '../store/Store.ts';
import { canonicalDocument } from '../versions/canonicalDocument.ts';
import { publicOrigin } from '../accounts/oneTimeLinks.ts';
import { prepareThread, publishThread } from '../comments/openThread.ts';
import { viewerOf } from '../comments/viewerOf.ts';
import { frozenVersion } from '../versions/frozenVersion.ts';
import { forkPublicPath } from '../../shared/publishing/forkPublicPath.ts';
import { forkPublicationLabel } from '../../shared/publishing/forkPublicationLabel.ts';
import { adaptedFrom } from '../publishing/adaptedFrom.ts';
import { diffBudget } from '../versions/diffBudget.ts';
import { tooLargeToCompare } from '../versions/tooLargeToCompare.ts';
import { storedState } from './storedState.ts';
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
  const budget = diffBudget(env);

  router.post('/statements/:id/forks', async (request, response) => {
    const actor = requireActor(request);
    const upstream = await findStatementFor(store, actor, request.params.id);
    permit(upstream, 'statement.fork');
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
    await store.statements.createFork(
      fork,
      upstreamState,
      {
        statementId: fork.id,
        upstreamId: upstream.statement.id,
        upstreamVersion: newestVersion?.number ?? null,
        forkedBy: actor.user.id,
        forkedAt: now,
        pulledState: upstreamState,
        pulledAt: now,
      },
      auditEntry(
        actor,
        'statement.forked',
        { type: 'statement', id: fork.id },
        { upstream: upstream.statement.id, organisation: organisation.id },
        auditScopeOf(fork),
      ),
    );
    response.status(201).json({ id: fork.id, slug: fork.slug });
  });

  router.post('/statements/:id/sharing', async (request, response) => {
    const actor = requireActor(request);
    const { access } = await findFork(store, actor, request.params.id);
    permit(access, 'fork.manage');
    const { shared } = parseInput(shareForkInput, request.body);
    // Not scoped: sharing shows the fork to the coalition, and unsharing ends what it could already see.
    await store.statements.setShared(
      access.statement.id,
      shared,
      new Date().toISOString(),
      auditEntry(actor, 'fork.shared', { type: 'statement', id: access.statement.id }, { shared }),
    );
    // Unshared: other organisations' open sockets on it close (and their thread pushes stop).
    if (!shared) await collab.recheckStatement(access.statement.id);
    response.status(204).end();
  });

  // What publishing the fork would put on the public site, before anyone confirms: the address and
  // the label, in the words the page and every export will use.
  router.get('/statements/:id/fork-publication', async (request, response) => {
    const actor = requireActor(request);
    const { access } = await findFork(store, actor, request.params.id);
    const owner = access.statement.ownerOrgId ? await store.organisations.findById(access.statement.ownerOrgId) : null;
    if (owner === null) throw new HttpError('not_found', 'This fork has no organisation to publish it');
    const preview: ForkPublicationPreview = {
      path: forkPublicPath(owner.slug, access.statement.slug),
      label: forkPublicationLabel(owner.name, await adaptedFrom(store, access.statement)),
    };
    response.json(preview);
  });

  // A fork is published by its own organisation, under its own name and at its own address
  // (/p/orgs/<org>/<slug>), never as the coalition: only by a signatory of that organisation.
  router.post('/statements/:id/fork-publication', async (request, response) => {
    const actor = requireActor(request);
    const { access } = await findFork(store, actor, request.params.id);
    // Only a signatory of the fork's own organisation publishes it, in that organisation's name.
    permit(access, 'fork.publish');
    const organisation = actor.organisation!;
    const owner = await store.organisations.findById(organisation.id);
    if (owner === null) throw new HttpError('forbidden', 'Only its own organisation publishes a fork');
    const version = await frozenVersion(collab, actor, access.statement, 'Published text', 'final');
    const at = new Date().toISOString();
    const number = await store.publicSite.publishFork(
      { version, publishedBy: actor.user.id, at },
      // Ids and the hash only: a private fork's title is not for the coalition's audit log.
      auditEntry(
        actor,
        'statement.published',
        { type: 'statement', id: access.statement.id },
        { fork: true, organisation: organisation.id, hash: version.hash },
      ),
    );
    if (number === null) throw new HttpError('conflict', 'This fork has been published already');
    // Its editors reconnect read-only: the published text does not change.
    await collab.reconnectStatement(access.statement.id);
    const url = `${publicOrigin(request, env.PUBLIC_URL)}${forkPublicPath(owner.slug, access.statement.slug)}`;
    response.json({ stage: 'published', url, number, hash: version.hash });
  });

  router.get('/statements/:id/upstream', async (request, response) => {
    const actor = requireActor(request);
    const { lineage } = await findFork(store, actor, request.params.id);
    const upstream = await findStatementFor(store, actor, lineage.upstreamId);
    const upstreamState = await collab.withDocument(upstream.statement.id, (document) => document.encodeState());
    const changes = passageChanges(lineage.pulledState, upstreamState, await store.statements.changePulls(lineage.statementId));
    const diff = upstreamDiff(contentOf(lineage.pulledState), contentOf(upstreamState), budget);
    const view: UpstreamView = {
      upstream: { id: upstream.statement.id, title: upstream.statement.title },
      forkedAt: lineage.forkedAt,
      upstreamVersion: lineage.upstreamVersion,
      pulledAt: lineage.pulledAt,
      changed: changes.length > 0,
      // Too large to compare as a whole: the passage-by-passage changes below still say what changed.
      diff: diff ?? { from: { number: null, name: 'Upstream when last merged' }, to: { number: null, name: 'Upstream now' }, parts: [] },
      changes,
      ...(diff === null ? { diffTooLarge: tooLargeToCompare } : {}),
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
    permit(access, 'fork.manage');
    permit(access, 'statement.editText', 'The text is frozen');
    const { key } = parseInput(pullInput, request.body ?? {});
    const upstream = await findStatementFor(store, actor, lineage.upstreamId);
    const upstreamState = await collab.withDocument(upstream.statement.id, (document) => document.encodeState());
    const at = new Date().toISOString();
    if (key !== undefined) {
      const change = passageChanges(lineage.pulledState, upstreamState, await store.statements.changePulls(lineage.statementId)).find(
        (candidate) => candidate.key === key,
      );
      if (change === undefined) throw new HttpError('conflict', 'That change is no longer waiting to be pulled');
      const entry = auditEntry(
        actor,
        'fork.pulled',
        { type: 'statement', id: access.statement.id },
        { upstream: upstream.statement.id, passage: key },
        auditScopeOf(access.statement),
      );
      await collab.withDocument(access.statement.id, async (document) => {
        const pulled = pullChangeUpdate(document.encodeState(), lineage.pulledState, upstreamState, change, budget);
        if (pulled === null) throw new HttpError('conflict', 'Your fork no longer has the passage this change is about');
        await collab.applyServerCommand(document, pulled.update, (update) =>
          store.statements.recordChangePull({
            statementId: access.statement.id,
            passageKey: key,
            afterText: change.after,
            provisional: pulled.provisional,
            at,
            update,
            audit: entry,
          }),
        );
      });
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
      const entry = auditEntry(
        actor,
        'fork.pulled',
        { type: 'statement', id: access.statement.id },
        { upstream: upstream.statement.id },
        auditScopeOf(access.statement),
      );
      if (merged === null) await store.statements.recordPull(access.statement.id, upstreamState, at, null, entry);
      // With an update, recordPull returns its sequence.
      else
        await collab.applyServerCommand(
          document,
          merged,
          async (update) => (await store.statements.recordPull(access.statement.id, upstreamState, at, update, entry)) ?? 0,
        );
    });
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
    permit(access, 'fork.manage');
    // The upstream may have stopped being shared with this organisation since the fork was made.
    const upstream = await findStatementFor(store, actor, lineage.upstreamId);
    response.json(await offerable(access.statement.id, upstream.statement.id));
  });

  // Offer some of the fork's changes back: each becomes a suggestion on the upstream, naming the fork.
  router.post('/statements/:id/offers', async (request, response) => {
    const actor = requireActor(request);
    const { access, lineage } = await findFork(store, actor, request.params.id);
    permit(access, 'fork.manage');
    const upstream = await findStatementFor(store, actor, lineage.upstreamId);
    permit(upstream, 'statement.suggest', 'The upstream text is frozen');
    const { keys, note } = parseInput(offerChangesInput, request.body);
    const changes = new Map((await offerable(access.statement.id, lineage.upstreamId)).map((change) => [change.key, change]));
    const organisation = actor.organisation?.name ?? 'the secretariat';
    const body = [note, `Offered from the fork “${access.statement.title}” of ${organisation}.`].filter(Boolean).join('\n\n');
    const prepared: Awaited<ReturnType<typeof prepareThread>>[] = [];
    for (const key of keys) {
      const change = changes.get(key);
      if (change === undefined) throw new HttpError('conflict', 'One of the offered changes is no longer different from the upstream text');
      const anchors = await collab.withDocument(upstream.statement.id, (document) => {
        const passage = passages(document.doc).find((candidate) => candidate.key === key);
        if (passage === undefined) return null;
        const { prefix, suffix } = differingRange(passage.content, change.after);
        return {
          anchorStart: encodeAnchor(Y.createRelativePositionFromTypeIndex(passage.text, prefix, 0)),
          anchorEnd: encodeAnchor(Y.createRelativePositionFromTypeIndex(passage.text, passage.content.length - suffix, -1)),
          replacement: change.after.slice(prefix, change.after.length - suffix),
        };
      });
      if (anchors === null) throw new HttpError('conflict', 'One of the offered passages is no longer in the upstream text');
      const offered = await prepareThread({ store, collab, env }, actor, upstream, {
        kind: 'suggestion',
        anchorStart: anchors.anchorStart,
        anchorEnd: anchors.anchorEnd,
        replacement: anchors.replacement,
        body,
        visibility: 'coalition',
        mentions: [],
      });
      prepared.push(offered);
    }
    const created = prepared.map(({ newThread }) => newThread.thread.id);
    const offeredEntry = auditEntry(
      actor,
      'fork.offered',
      { type: 'statement', id: upstream.statement.id },
      { fork: access.statement.id, suggestions: created },
      auditScopeOf(upstream.statement),
    );
    // Every suggestion and the offer itself, or none of them.
    await store.threads.create(
      prepared.map(({ newThread }) => newThread),
      [...prepared.map(({ audit }) => audit), offeredEntry],
    );
    for (const { newThread } of prepared) await publishThread({ store, collab }, upstream, viewerOf(actor), newThread.thread);
    response.status(201).json({ suggestions: created });
  });

  return router;
}
