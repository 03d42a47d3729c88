import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CloseCode } from '../../shared/collab/protocol.ts';
import { ApiClient } from '../support/ApiClient.ts';
import { createStatement, signInAsSecretariat } from '../support/coalition.ts';
import { connectCollab, waitForSync, type CollabClient } from '../support/collabClient.ts';
import { openTestDatabase, type TestDatabase } from '../support/testDatabase.ts';
import { ADMIN, startAccord, type AccordProcess } from '../support/startAccord.ts';
import { waitFor } from '../support/waitFor.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Issue 11 scope ("expired sessions lose their sockets too") and L15 (no idle timeout): a periodic
 * sweep deletes sessions past their lifetime or unused for ACCORD_SESSION_IDLE_MINUTES, and closes
 * their sockets; the ended cookie no longer works over HTTP either.
 */
describe('ended sessions lose their sockets', () => {
  let server: AccordProcess;
  let database: TestDatabase;
  let statementId: string;
  const open: CollabClient[] = [];

  beforeAll(async () => {
    server = await startAccord({ env: { ACCORD_SESSION_SWEEP_SECONDS: '1', ACCORD_SESSION_IDLE_MINUTES: String(24 * 60) } });
    database = openTestDatabase(server);
    statementId = (await createStatement(await signInAsSecretariat(server))).id;
  });

  afterAll(async () => {
    for (const client of open) client.destroy();
    await database?.close();
    await server?.dispose();
  });

  /** A fresh session with an open editor, and a way to edit its row. */
  const signedInEditor = async () => {
    const client = await new ApiClient(server.url).login(ADMIN.email, ADMIN.password);
    const sessionId = (await client.get<{ id: string; current: boolean }[]>('/api/me/sessions')).body.find((session) => session.current)!.id;
    const editor = connectCollab(server.wsUrl, statementId, client.cookie);
    open.push(editor);
    await waitForSync(editor);
    return { client, sessionId, editor };
  };
  const closedUnauthorised = (editor: CollabClient) =>
    waitFor(() => editor.closes.some((close) => close.code === CloseCode.unauthorised.code), { timeoutMs: 5_000, message: 'close code 4401' });

  it('past its absolute lifetime: the socket closes within the sweep interval', async () => {
    const { client, sessionId, editor } = await signedInEditor();
    await database.run('UPDATE sessions SET expires_at = ? WHERE id = ?', new Date(Date.now() - 1000).toISOString(), sessionId);
    await closedUnauthorised(editor);
    expect((await client.get('/api/me')).status).toBe(401);
  });

  it('unused for longer than the idle timeout: the socket closes too, although the lifetime is not over', async () => {
    const { client, sessionId, editor } = await signedInEditor();
    const stillAlive = await signedInEditor();
    await database.run('UPDATE sessions SET last_seen_at = ? WHERE id = ?', new Date(Date.now() - 2 * DAY_MS).toISOString(), sessionId);
    await closedUnauthorised(editor);
    expect((await client.get('/api/me')).status).toBe(401);
    // Sessions in use are left alone.
    expect((await stillAlive.client.get('/api/me')).status).toBe(200);
    expect(stillAlive.editor.closes).toEqual([]);
  });
});
