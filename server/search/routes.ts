import { Router } from 'express';
import type { SearchResultView } from '../../shared/api/types.ts';
import { canSeeThread } from '../../shared/comments/threadVisibility.ts';
import { searchQuery } from '../../shared/schemas/search.ts';
import type { AppContext } from '../AppContext.ts';
import { requireActor } from '../auth/requireActor.ts';
import { viewerOf } from '../comments/viewerOf.ts';
import { parseInput } from '../http/parseInput.ts';
import { authorise } from '../permissions/authorise.ts';
import { rolesFor } from '../permissions/rolesFor.ts';
import { accessTo } from '../statements/findStatementFor.ts';
import type { SearchHit, StatementRecord, ThreadRecord } from '../store/records.ts';
import { searchWords } from './searchWords.ts';
import { snippet } from './snippet.ts';

const MAX_RESULTS = 50;
/** Index rows read per step, and in all: a search the caller may see little of still stops. */
const PAGE = 200;
const MAX_HITS_READ = 2_000;
const KIND_ORDER: Record<SearchResultView['kind'], number> = { statement: 0, comment: 1, version: 2 };

/** The words around the query, or around one of its words, in an indexed text. */
function snippetOf(body: string, query: string, words: readonly string[]): string {
  return snippet(body, query) ?? words.map((word) => snippet(body, word)).find((found) => found !== null) ?? body.slice(0, 120);
}

/**
 * Search across the statements, comment threads and versions the caller may read. Asks the full
 * text index, then applies the same rules as every other path to each hit: private forks of other
 * organisations, statements the caller may not read and threads they may not see are dropped.
 * No document is loaded.
 */
export function createSearchRouter({ store }: AppContext): Router {
  const router = Router();

  router.get('/search', async (request, response) => {
    const actor = requireActor(request);
    authorise(rolesFor(actor), 'coalition.read');
    const { q } = parseInput(searchQuery, request.query);
    const words = searchWords(q);
    const viewer = viewerOf(actor);

    const readable = new Map<string, StatementRecord | null>();
    const readableStatement = async (statementId: string) => {
      if (!readable.has(statementId)) {
        const statement = await store.statements.findById(statementId);
        const allowed = statement !== null && accessTo(actor, statement, await store.statements.drafterIds(statement.id)).can.has('statement.read');
        readable.set(statementId, allowed ? statement : null);
      }
      return readable.get(statementId) ?? null;
    };
    const threads = new Map<string, ThreadRecord | null>();
    const visibleThread = async (threadId: string) => {
      if (!threads.has(threadId)) {
        const thread = await store.threads.findById(threadId);
        threads.set(threadId, thread !== null && canSeeThread(viewer, thread) ? thread : null);
      }
      return threads.get(threadId) ?? null;
    };

    // One result per statement (its title preferred to its text), per thread and per version.
    const results = new Map<string, SearchResultView>();
    const statementOrder: string[] = [];
    const add = (key: string, result: SearchResultView, replaces = false) => {
      if (results.has(key) && !replaces) return;
      if (!results.has(key) && results.size >= MAX_RESULTS) return;
      if (!statementOrder.includes(result.statementId)) statementOrder.push(result.statementId);
      results.set(key, result);
    };
    const take = async (hit: SearchHit) => {
      const statement = await readableStatement(hit.statementId);
      if (statement === null) return;
      const base = { statementId: statement.id, statementTitle: statement.title, snippet: snippetOf(hit.body, q, words) };
      if (hit.kind === 'title' || hit.kind === 'text') add(`statement:${statement.id}`, { kind: 'statement', ...base }, hit.kind === 'title');
      else if (hit.kind === 'version' && hit.versionNumber !== null)
        add(`version:${statement.id}:${hit.versionNumber}`, { kind: 'version', ...base, versionNumber: hit.versionNumber });
      else if (hit.threadId !== null && (await visibleThread(hit.threadId)) !== null)
        add(`thread:${hit.threadId}`, { kind: 'comment', ...base, threadId: hit.threadId });
    };

    for (let offset = 0; offset < MAX_HITS_READ && results.size < MAX_RESULTS; offset += PAGE) {
      const hits = await store.search.query(words, { limit: PAGE, offset });
      for (const hit of hits) await take(hit);
      if (hits.length < PAGE) break;
    }

    const rank = (result: SearchResultView) => statementOrder.indexOf(result.statementId) * 3 + KIND_ORDER[result.kind];
    response.json([...results.values()].sort((a, b) => rank(a) - rank(b)));
  });

  return router;
}
