import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CloseCode } from '../../shared/collab/protocol.ts';
import { ApiClient } from '../support/ApiClient.ts';
import { createStatement, signInAsSecretariat } from '../support/coalition.ts';
import { connectCollab, typeInto, waitForSync, type CollabClient } from '../support/collabClient.ts';
import { ADMIN, startAccord, type AccordProcess } from '../support/startAccord.ts';
import { waitFor } from '../support/waitFor.ts';
import { waitForStoredText } from '../support/waitForStoredText.ts';

/**
 * Finding M3: "Sign out" on a shared machine must end the editor open in another tab; its socket
 * must not stay writable under the ended session.
 */
describe('signing out closes that session’s sockets', () => {
  let server: AccordProcess;
  const open: CollabClient[] = [];

  beforeAll(async () => {
    server = await startAccord();
  });

  afterAll(async () => {
    for (const client of open) client.destroy();
    await server?.dispose();
  });

  it('closes the socket with 4401 within 5 s, and what it sends afterwards is never stored', async () => {
    const witness = await signInAsSecretariat(server);
    const statementId = (await createStatement(witness)).id;
    // The same account in another browser: its own session, which stays signed in.
    const leaving = await new ApiClient(server.url).login(ADMIN.email, ADMIN.password);
    const editor = connectCollab(server.wsUrl, statementId, leaving.cookie);
    open.push(editor);
    await waitForSync(editor);
    typeInto(editor.doc, 'BEFORE-LOGOUT ');
    await waitForStoredText(server.wsUrl, statementId, witness.cookie, 'BEFORE-LOGOUT');

    expect((await leaving.post('/api/auth/logout', {})).status).toBe(204);
    typeInto(editor.doc, 'AFTER-LOGOUT ');
    await waitFor(() => editor.closes.some((close) => close.code === CloseCode.unauthorised.code), { timeoutMs: 5_000, message: 'close code 4401' });

    // A later edit by someone still signed in is stored; the signed-out one never is.
    const other = connectCollab(server.wsUrl, statementId, witness.cookie);
    open.push(other);
    await waitForSync(other);
    typeInto(other.doc, 'WITNESS-MARK ');
    await waitForStoredText(server.wsUrl, statementId, witness.cookie, 'WITNESS-MARK');
    const fresh = connectCollab(server.wsUrl, statementId, witness.cookie);
    open.push(fresh);
    await waitForSync(fresh);
    expect(fresh.text()).toContain('BEFORE-LOGOUT');
    expect(fresh.text()).not.toContain('AFTER-LOGOUT');
  });
});
