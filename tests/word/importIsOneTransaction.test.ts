import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../support/ApiClient.ts';
import { createStatement, signInAsSecretariat } from '../support/coalition.ts';
import { type AccordProcess, startAccord } from '../support/startAccord.ts';
import { IMPORT_TABLES, storedRowCounts } from '../support/rowCounts.ts';
import { openTestDatabase } from '../support/testDatabase.ts';
import { buildDraftDocx } from './buildFixture.ts';
import { postDocx } from './postDocx.ts';

/** The fixture's one reply: the last row an import writes before its audit entries. */
const REPLY = 'Yes: it is the term the coalition agreed.';

describe('a Word import is one transaction: a write failing half-way leaves nothing behind', () => {
  let server: AccordProcess;
  let secretariat: ApiClient;

  beforeAll(async () => {
    server = await startAccord();
    secretariat = await signInAsSecretariat(server);
  });

  afterAll(async () => {
    await server?.dispose();
  });

  const stored = () => storedRowCounts(server, IMPORT_TABLES);

  /**
   * Runs `attempt` while the store refuses the reply's row, as a full disk or a lost connection would,
   * after the statement and threads were written in the same import.
   */
  const whileTheReplyFails = async (attempt: () => Promise<void>) => {
    const database = openTestDatabase(server);
    try {
      const removeFailure = await database.failNextWrites('thread_comments', 'the disk is full', { when: { body: REPLY } });
      try {
        await attempt();
      } finally {
        await removeFailure();
      }
    } finally {
      await database.close();
    }
  };

  it('creates no statement, no text, no thread, no comment and no audit entry when the reply cannot be stored', async () => {
    const before = await stored();
    await whileTheReplyFails(async () => {
      const response = await postDocx(secretariat, '/api/statements/import?title=Half%20stored', await buildDraftDocx());
      expect(response.status).toBe(500);
      expect(await stored()).toEqual(before);
    });
    // The same file is fine once the store is: the failure was the only thing in the way.
    const response = await postDocx(secretariat, '/api/statements/import?title=Stored%20whole', await buildDraftDocx());
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    const after = await stored();
    expect(after).toMatchObject({ statements: before.statements + 1, threads: before.threads + 4 });
    expect(after.comments).toBeGreaterThan(before.comments);
  });

  it('keeps no version, no change to the text and no thread when replacing a text fails half-way', async () => {
    const { id } = await createStatement(secretariat, 'Replaced in one go');
    const before = await stored();
    await whileTheReplyFails(async () => {
      const response = await postDocx(secretariat, `/api/statements/${id}/import`, await buildDraftDocx());
      expect(response.status).toBe(500);
      expect(await stored()).toEqual(before);
    });
    const response = await postDocx<{ version: number }>(secretariat, `/api/statements/${id}/import`, await buildDraftDocx());
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    expect(await stored()).toMatchObject({ versions: before.versions + 1, threads: before.threads + 4, documentUpdates: before.documentUpdates + 1 });
  });
});
