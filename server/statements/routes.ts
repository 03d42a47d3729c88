import { Router } from 'express';
import { addDrafterInput, createStatementInput, updateStatementInput } from '../../shared/schemas/statements.ts';
import type { AppContext } from '../AppContext.ts';
import { auditEntry } from '../audit/AuditLog.ts';
import { auditScopeOf } from '../audit/auditScopeOf.ts';
import { requireActor } from '../auth/requireActor.ts';
import { HttpError } from '../http/HttpError.ts';
import { groupBy } from '../http/groupBy.ts';
import { paginate } from '../http/paginate.ts';
import { parseInput } from '../http/parseInput.ts';
import { authorise } from '../permissions/authorise.ts';
import { mayFind } from '../permissions/mayFind.ts';
import { rolesFor } from '../permissions/rolesFor.ts';
import type { Actor } from '../auth/Actor.ts';
import { accessTo, findStatementFor, permit } from './findStatementFor.ts';
import { initialDocumentUpdate } from './initialDocumentUpdate.ts';
import { newStatementRecord } from './newStatementRecord.ts';
import { statementView } from './statementView.ts';
import { linkConsultation } from '../consultations/linkConsultation.ts';

export function createStatementsRouter({ store, collab, audit }: AppContext): Router {
  const router = Router();

  router.post('/statements', async (request, response) => {
    const actor = requireActor(request);
    authorise(rolesFor(actor), 'statement.create');
    const { title } = parseInput(createStatementInput, request.body);
    const statement = newStatementRecord(title, actor.user.id);
    // A coalition statement's title is public to every member: kept in the record as it is.
    await store.statements.create(
      statement,
      initialDocumentUpdate(),
      auditEntry(actor, 'statement.created', { type: 'statement', id: statement.id }, { title }),
    );
    response.status(201).json({ id: statement.id, slug: statement.slug });
  });

  router.get('/statements', async (request, response) => {
    const actor = requireActor(request);
    authorise(rolesFor(actor), 'coalition.read');
    const statements = paginate(
      request,
      response,
      (await store.statements.list()).filter((statement) => mayFind(actor, statement)),
    );
    // One query each for the drafters, owners and threads of the whole page, not one per statement.
    const ids = statements.map((statement) => statement.id);
    const [draftersOf, organisations, threads] = await Promise.all([
      store.statements.drafterIdsOf(ids),
      store.organisations.list(),
      store.threads.listForStatements(ids),
    ]);
    const preloaded = {
      organisations: new Map(organisations.map((organisation) => [organisation.id, organisation])),
      threadsOf: groupBy(threads, (thread) => thread.statementId),
    };
    const views = await Promise.all(
      statements
        .map((statement) => accessTo(actor, statement, draftersOf.get(statement.id) ?? []))
        .filter((access) => access.can.has('statement.read'))
        .map((access) => statementView(store, actor, access, preloaded)),
    );
    response.json(views);
  });

  /** The statement as the caller sees it, with the threads they may see counted. */
  const viewFor = async (actor: Actor | undefined, statementId: string) => statementView(store, actor, await findStatementFor(store, actor, statementId));

  router.get('/statements/:id', async (request, response) => {
    response.json(await viewFor(request.actor, request.params.id));
  });

  router.patch('/statements/:id', async (request, response) => {
    const access = await findStatementFor(store, request.actor, request.params.id);
    const { title, consultationId, milestones, wordLimit } = parseInput(updateStatementInput, request.body);
    if (consultationId !== undefined || milestones !== undefined || wordLimit !== undefined) permit(access, 'statement.editSettings');
    if (title !== undefined) {
      permit(access, 'statement.rename');
      // The title is frozen with the text into the final version and its hash (versionHash): after
      // drafting, a rename would put words above the signatures that nobody signed.
      if (access.statement.stage !== 'drafting')
        throw new HttpError('conflict', 'The title is part of the final version: it can be changed only while the statement is being drafted');
    }
    if (consultationId !== undefined || milestones !== undefined) {
      await linkConsultation(store, requireActor(request), access.statement, { consultationId, milestones });
    }
    if (wordLimit !== undefined) {
      await store.statements.updateSettings(access.statement.id, { wordLimit }, new Date().toISOString());
      await audit.record(requireActor(request), 'statement.settingsChanged', { type: 'statement', id: access.statement.id }, { wordLimit });
    }
    if (title !== undefined) {
      await store.statements.rename(access.statement.id, title, new Date().toISOString());
      await audit.record(
        requireActor(request),
        'statement.renamed',
        { type: 'statement', id: access.statement.id },
        { from: access.statement.title, to: title },
      );
    }
    const view = await viewFor(request.actor, access.statement.id);
    response.json(view);
  });

  router.post('/statements/:id/drafters', async (request, response) => {
    const access = await findStatementFor(store, request.actor, request.params.id);
    permit(access, 'statement.manageDrafters');
    const { userId } = parseInput(addDrafterInput, request.body);
    const user = await store.users.findById(userId);
    if (user === null || user.removedAt !== null) throw new HttpError('bad_request', 'No user with that userId');
    const actor = requireActor(request);
    const entry = auditEntry(
      actor,
      'statement.drafterAdded',
      { type: 'statement', id: access.statement.id },
      { userId: user.id },
      auditScopeOf(access.statement),
    );
    await store.statements.addDrafter(access.statement.id, user.id, actor.user.id, new Date().toISOString(), entry);
    // Their open read-only editors reconnect, and get write access this time.
    await collab.reconnectUserToStatement(access.statement.id, user.id);
    response.status(204).end();
  });

  router.delete('/statements/:id/drafters/:userId', async (request, response) => {
    const access = await findStatementFor(store, request.actor, request.params.id);
    permit(access, 'statement.manageDrafters');
    const userId = request.params.userId;
    const entry = auditEntry(
      requireActor(request),
      'statement.drafterRemoved',
      { type: 'statement', id: access.statement.id },
      { userId },
      auditScopeOf(access.statement),
    );
    if (!(await store.statements.removeDrafter(access.statement.id, userId, entry))) {
      throw new HttpError('not_found', 'That person does not draft this statement');
    }
    // Their editors reconnect, read-only this time.
    await collab.reconnectUserToStatement(access.statement.id, userId);
    response.status(204).end();
  });

  return router;
}
