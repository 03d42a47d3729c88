import { Router } from 'express';
import type { SearchResultView } from '../../shared/api/types.ts';
import { TEXT_FRAGMENT } from '../../shared/collab/protocol.ts';
import { canSeeThread } from '../../shared/comments/threadVisibility.ts';
import { searchQuery } from '../../shared/schemas/search.ts';
import type { AppContext } from '../AppContext.ts';
import { requireActor } from '../auth/requireActor.ts';
import { viewerOf } from '../comments/viewerOf.ts';
import { parseInput } from '../http/parseInput.ts';
import { authorise } from '../permissions/authorise.ts';
import { rolesFor } from '../permissions/rolesFor.ts';
import { accessTo } from '../statements/findStatementFor.ts';
import { canonicalDocument, plainText } from '../versions/canonicalDocument.ts';
import { snippet } from './snippet.ts';

const MAX_RESULTS = 50;

/**
 * Search across the statements, comment threads and versions the caller may read, with the same
 * rules as every other path: private forks of other organisations and threads the caller may not
 * see are never looked at. A scan, which a coalition's few hundred statements afford; an index
 * (SQLite FTS5) is the next step when they do not.
 */
export function createSearchRouter({ store, collab }: AppContext): Router {
  const router = Router();

  router.get('/search', async (request, response) => {
    const actor = requireActor(request);
    authorise(rolesFor(actor), 'coalition.read');
    const { q } = parseInput(searchQuery, request.query);
    const viewer = viewerOf(actor);
    const results: SearchResultView[] = [];
    const add = (result: SearchResultView) => results.length < MAX_RESULTS && results.push(result);

    for (const statement of await store.statements.list()) {
      if (!accessTo(actor, statement, await store.statements.drafterIds(statement.id)).can.has('statement.read')) continue;
      const base = { statementId: statement.id, statementTitle: statement.title };
      const inTitle = snippet(statement.title, q);
      if (inTitle) add({ kind: 'statement', ...base, snippet: inTitle });
      const text = await collab.withDocument(statement.id, (document) => plainText(canonicalDocument(document.doc.getXmlFragment(TEXT_FRAGMENT))));
      const inText = snippet(text, q);
      if (inText && !inTitle) add({ kind: 'statement', ...base, snippet: inText });

      const threads = (await store.threads.listForStatement(statement.id)).filter((thread) => canSeeThread(viewer, thread));
      const comments = await store.threads.commentsOf(threads.map((thread) => thread.id));
      for (const thread of threads) {
        const words = [thread.quote, thread.replacement ?? '', ...comments.filter((comment) => comment.threadId === thread.id && comment.deletedAt === null).map((comment) => comment.body)];
        const found = words.map((candidate) => snippet(candidate, q)).find((match) => match !== null);
        if (found) add({ kind: 'comment', ...base, snippet: found, threadId: thread.id });
      }
      for (const version of await store.versions.list(statement.id)) {
        const inName = snippet(version.name, q);
        if (inName) add({ kind: 'version', ...base, snippet: inName, versionNumber: version.number });
      }
      if (results.length >= MAX_RESULTS) break;
    }
    response.json(results);
  });

  return router;
}
