import { Router } from 'express';
import type { DiffView, VersionContentView, VersionView } from '../../shared/api/types.ts';
import { TEXT_FRAGMENT } from '../../shared/collab/protocol.ts';
import { createVersionInput, diffQuery } from '../../shared/schemas/versions.ts';
import { boundedDiff } from '../../shared/versions/boundedDiff.ts';
import type { AppContext } from '../AppContext.ts';
import { auditEntry } from '../audit/AuditLog.ts';
import { auditScopeOf } from '../audit/auditScopeOf.ts';
import { contentHash } from '../audit/contentHash.ts';
import { requireActor } from '../auth/requireActor.ts';
import { HttpError } from '../http/HttpError.ts';
import { paginate } from '../http/paginate.ts';
import { parseInput } from '../http/parseInput.ts';
import { Directory } from '../people/Directory.ts';
import { findStatementFor, permit } from '../statements/findStatementFor.ts';
import type { VersionRecord } from '../store/records.ts';
import type { Store } from '../store/Store.ts';
import { canonicalDocument, plainText, textBlocks, type CanonicalNode } from './canonicalDocument.ts';
import { createVersion } from './createVersion.ts';
import { diffBudget } from './diffBudget.ts';
import { restoreUpdate } from './restoreUpdate.ts';
import { tooLargeToCompare } from './tooLargeToCompare.ts';

async function versionView(directory: Directory, version: Omit<VersionRecord, 'state' | 'content'>): Promise<VersionView> {
  const { number, name, kind, hash, createdAt } = version;
  return { number, name, kind, hash, createdAt, createdBy: await directory.person(version.createdBy) };
}

async function findVersion(store: Store, statementId: string, number: number): Promise<VersionRecord> {
  const version = Number.isInteger(number) ? await store.versions.find(statementId, number) : null;
  if (version === null) throw new HttpError('not_found', 'No such version');
  return version;
}

/**
 * Versions of a statement: named by its drafters (and frozen as final by the secretariat), each an
 * immutable copy of the stored document with a reproducible hash; word-level diffs; restoring one
 * as a new change.
 */
export function createVersionsRouter({ store, collab, env }: AppContext): Router {
  const router = Router();
  const budget = diffBudget(env);

  /** The live document's canonical content, as stored. */
  const liveContent = (statementId: string) => collab.withDocument(statementId, (document) => canonicalDocument(document.doc.getXmlFragment(TEXT_FRAGMENT)));

  router.post('/statements/:id/versions', async (request, response) => {
    const actor = requireActor(request);
    const access = await findStatementFor(store, actor, request.params.id);
    permit(access, 'statement.nameVersion');
    const { name } = parseInput(createVersionInput, request.body);
    const count = (await store.versions.list(access.statement.id)).length;
    if (count >= env.ACCORD_MAX_VERSIONS_PER_STATEMENT) {
      throw new HttpError(
        'too_many_requests',
        `This statement has ${count} versions, the most it may have (${env.ACCORD_MAX_VERSIONS_PER_STATEMENT}); its history is kept, but no more versions can be named. Ask the secretariat to raise ACCORD_MAX_VERSIONS_PER_STATEMENT`,
      );
    }
    const { number, hash } = await createVersion({ store, collab }, actor, access.statement.id, name, 'named', (version) =>
      auditEntry(
        actor,
        'version.created',
        { type: 'statement', id: access.statement.id },
        { ...version, nameHash: contentHash(name) },
        auditScopeOf(access.statement),
      ),
    );
    response.status(201).json({ number, hash });
  });

  router.get('/statements/:id/versions', async (request, response) => {
    const { statement } = await findStatementFor(store, requireActor(request), request.params.id);
    const directory = new Directory(store);
    const versions = paginate(request, response, await store.versions.list(statement.id));
    response.json(await Promise.all(versions.map((version) => versionView(directory, version))));
  });

  router.get('/statements/:id/versions/:number', async (request, response) => {
    const { statement } = await findStatementFor(store, requireActor(request), request.params.id);
    const version = await findVersion(store, statement.id, Number(request.params.number));
    const document = JSON.parse(version.content) as CanonicalNode;
    const view: VersionContentView = { ...(await versionView(new Directory(store), version)), blocks: textBlocks(document), document };
    response.json(view);
  });

  router.get('/statements/:id/diff', async (request, response) => {
    const { statement } = await findStatementFor(store, requireActor(request), request.params.id);
    const query = parseInput(diffQuery, request.query);
    const side = async (which: number | 'live') => {
      if (which === 'live') return { number: null, name: 'Current text', text: plainText(await liveContent(statement.id)) };
      const version = await findVersion(store, statement.id, which);
      return { number: version.number, name: version.name, text: plainText(JSON.parse(version.content) as CanonicalNode) };
    };
    const [from, to] = await Promise.all([side(query.from), side(query.to)]);
    const diff = boundedDiff(from.text, to.text, budget);
    if (diff === null) throw new HttpError('too_large', tooLargeToCompare);
    const view: DiffView = { from: { number: from.number, name: from.name }, to: { number: to.number, name: to.name }, parts: diff.parts, level: diff.level };
    response.json(view);
  });

  router.post('/statements/:id/versions/:number/restore', async (request, response) => {
    const actor = requireActor(request);
    const access = await findStatementFor(store, actor, request.params.id);
    permit(access, 'statement.restoreVersion', 'The text is frozen: versions can be restored only while drafting');
    const version = await findVersion(store, access.statement.id, Number(request.params.number));
    const entry = auditEntry(
      actor,
      'version.restored',
      { type: 'statement', id: access.statement.id },
      { number: version.number },
      auditScopeOf(access.statement),
    );
    await collab.withDocument(access.statement.id, async (document) => {
      const update = restoreUpdate(document.encodeState(), version.state, budget);
      // The text change and its audit entry in one transaction; a restore that changes nothing is still recorded.
      if (update === null) await store.audit.append(entry);
      else await collab.applyServerCommand(document, update, (documentUpdate) => store.documents.appendCommand(documentUpdate, entry));
    });
    response.json({ restored: version.number });
  });

  return router;
}
