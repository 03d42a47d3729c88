import { randomUUID } from 'node:crypto';
import { Router } from 'express';
import { addDrafterInput, createStatementInput, updateStatementInput } from '../../shared/schemas/statements.ts';
import type { AppContext } from '../AppContext.ts';
import { requireActor } from '../auth/requireActor.ts';
import { CloseCode } from '../../shared/collab/protocol.ts';
import { HttpError } from '../http/HttpError.ts';
import { parseInput } from '../http/parseInput.ts';
import { authorise } from '../permissions/authorise.ts';
import { rolesFor } from '../permissions/rolesFor.ts';
import { findStatementFor } from './findStatementFor.ts';
import { initialDocumentUpdate } from './initialDocumentUpdate.ts';
import { slugFor } from './slugFor.ts';
import { statementView } from './statementView.ts';

export function createStatementsRouter({ store, collab }: AppContext): Router {
  const router = Router();

  router.post('/statements', async (request, response) => {
    const actor = requireActor(request);
    authorise(rolesFor(actor), 'statement.create');
    const { title } = parseInput(createStatementInput, request.body);
    const now = new Date().toISOString();
    const statement = {
      id: randomUUID(),
      slug: slugFor(title),
      title,
      stage: 'drafting' as const,
      forkOf: null,
      createdBy: actor.user.id,
      createdAt: now,
      updatedAt: now,
    };
    await store.statements.create(statement, initialDocumentUpdate());
    response.status(201).json({ id: statement.id, slug: statement.slug });
  });

  router.get('/statements', async (request, response) => {
    const actor = requireActor(request);
    authorise(rolesFor(actor), 'statement.read');
    const statements = await store.statements.list();
    const views = await Promise.all(
      statements.map(async (statement) => {
        const drafterIds = await store.statements.drafterIds(statement.id);
        return statementView({ statement, drafterIds, roles: rolesFor(actor, drafterIds) });
      }),
    );
    response.json(views);
  });

  router.get('/statements/:id', async (request, response) => {
    response.json(statementView(await findStatementFor(store, request.actor, request.params.id)));
  });

  router.patch('/statements/:id', async (request, response) => {
    const access = await findStatementFor(store, request.actor, request.params.id);
    authorise(access.roles, 'statement.rename');
    const { title } = parseInput(updateStatementInput, request.body);
    await store.statements.rename(access.statement.id, title, new Date().toISOString());
    response.json(statementView(await findStatementFor(store, request.actor, request.params.id)));
  });

  router.post('/statements/:id/drafters', async (request, response) => {
    const access = await findStatementFor(store, request.actor, request.params.id);
    authorise(access.roles, 'statement.addDrafter');
    const { userId } = parseInput(addDrafterInput, request.body);
    const user = await store.users.findById(userId);
    if (user === null) throw new HttpError('bad_request', 'No user with that userId');
    await store.statements.addDrafter(access.statement.id, user.id, requireActor(request).user.id, new Date().toISOString());
    // Their open read-only editors reconnect, and get write access this time.
    await collab.closeConnections(
      (connection) => connection.statementId === access.statement.id && connection.identity.id === user.id,
      CloseCode.accessChanged,
    );
    response.status(204).end();
  });

  router.get('/users', async (request, response) => {
    authorise(rolesFor(request.actor), 'statement.addDrafter');
    const users = await store.users.list();
    response.json(users.map(({ id, email, name, role, orgId }) => ({ id, email, name, role, orgId })));
  });

  return router;
}
