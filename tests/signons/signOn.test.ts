import * as decoding from 'lib0/decoding';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SignatureView, StatementView, TallyRowView } from '../../shared/api/types.ts';
import { MessageType } from '../../shared/collab/protocol.ts';
import { ApiClient } from '../support/ApiClient.ts';
import { agreeToPurpose, createContact, createOrganisation, createStatement, PASSWORD, signInAsSecretariat, type Contact } from '../support/coalition.ts';
import { connectCollab, waitForSync } from '../support/collabClient.ts';
import { openTestDatabase } from '../support/testDatabase.ts';
import { paragraphUpdate } from '../support/paragraphUpdate.ts';
import { frame, openRawCollabSocket } from '../support/rawCollabSocket.ts';
import { startAccord, type AccordProcess } from '../support/startAccord.ts';
import { textNodes, writeParagraphs } from '../support/textAnchors.ts';
import { waitFor } from '../support/waitFor.ts';
import { waitForStoredText } from '../support/waitForStoredText.ts';

describe('sign-on', () => {
  let server: AccordProcess;
  let secretariat: ApiClient;
  let statementId: string;
  let drafter: Contact;
  let signatoryA: Contact;
  let secondSignatoryA: Contact;
  let contactA: Contact;
  let signatoryB: Contact;
  let supporterSignatory: Contact;
  let notAgreedSignatory: Contact;
  let orgA: string;
  let signatoryBOrg: string;

  const statement = async () => (await secretariat.get<StatementView>(`/api/statements/${statementId}`)).body;
  const sign = (client: ApiClient, hash: string) => client.post(`/api/statements/${statementId}/signatures`, { hash });
  const stored = (words: string) => waitForStoredText(server.wsUrl, statementId, secretariat.cookie, words);

  beforeAll(async () => {
    server = await startAccord();
    secretariat = await signInAsSecretariat(server);
    orgA = await createOrganisation(secretariat, { name: 'Member A' });
    const orgB = await createOrganisation(secretariat, { name: 'Member B' });
    signatoryBOrg = orgB;
    const orgS = await createOrganisation(secretariat, { name: 'Supporter S', category: 'supporter' });
    const orgN = await createOrganisation(secretariat, { name: 'Not Agreed N' });
    signatoryA = await createContact(server, secretariat, { orgId: orgA, role: 'signatory' });
    secondSignatoryA = await createContact(server, secretariat, { orgId: orgA, role: 'signatory' });
    contactA = await createContact(server, secretariat, { orgId: orgA });
    signatoryB = await createContact(server, secretariat, { orgId: orgB, role: 'signatory' });
    supporterSignatory = await createContact(server, secretariat, { orgId: orgS, role: 'signatory' });
    notAgreedSignatory = await createContact(server, secretariat, { orgId: orgN, role: 'signatory', agreed: false });
    drafter = await createContact(server, secretariat, { orgId: orgB });
    await agreeToPurpose(signatoryA, orgA);
    await agreeToPurpose(signatoryB, orgB);
    await agreeToPurpose(supporterSignatory, orgS);
    statementId = (await createStatement(secretariat, 'Statement to sign')).id;
    expect((await secretariat.post(`/api/statements/${statementId}/drafters`, { userId: drafter.userId })).status).toBe(204);
    const editor = connectCollab(server.wsUrl, statementId, drafter.client.cookie);
    await waitForSync(editor);
    writeParagraphs(editor.doc, ['The text everyone will sign.']);
    await stored('everyone will sign');
    editor.destroy();
  });

  afterAll(async () => {
    await server?.dispose();
  });

  it('withdraws only what is published', async () => {
    expect((await secretariat.post(`/api/statements/${statementId}/withdraw`, {})).status).toBe(409);
  });

  it('freezes the final version (secretariat only): every editor becomes read-only', async () => {
    const editor = connectCollab(server.wsUrl, statementId, drafter.client.cookie);
    await waitForSync(editor);
    expect((await drafter.client.post(`/api/statements/${statementId}/freeze`, {})).status).toBe(403);
    expect((await signatoryA.client.post(`/api/statements/${statementId}/signatures`, { hash: 'a'.repeat(64) })).status).toBe(409);

    const frozen = await secretariat.post<{ number: number; hash: string }>(`/api/statements/${statementId}/freeze`, {});
    expect(frozen.status).toBe(200);
    expect(frozen.body).toMatchObject({ number: 1, hash: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(await statement()).toMatchObject({
      stage: 'sign-on',
      finalVersion: { number: frozen.body.number, hash: frozen.body.hash },
      access: 'read',
      signOnOpen: true,
    });
    expect((await secretariat.post(`/api/statements/${statementId}/freeze`, {})).status).toBe(409);
    // The open editor was told to reconnect; a drafter's edits are dropped now.
    await waitFor(() => editor.closes.some((close) => close.code === 4100), { message: 'the editor told to reconnect' });
    editor.destroy();
    const raw = openRawCollabSocket(server.wsUrl, statementId, drafter.client.cookie);
    await raw.opened;
    raw.send(frame([MessageType.sync, 2], paragraphUpdate('EDIT-WHILE-FROZEN')));
    raw.send(frame([MessageType.saved, 1]));
    const answer = await waitFor(() => raw.framesOfType(MessageType.saved)[0], { message: 'the saved answer' });
    const decoder = decoding.createDecoder(answer);
    decoding.readVarUint(decoder);
    decoding.readVarUint(decoder);
    expect(decoding.readVarUint(decoder)).toBe(0);
    raw.socket.close();
  });

  it('lets a signatory sign for their organisation, bound to the hash they were shown', async () => {
    const { finalVersion } = await statement();
    const hash = finalVersion!.hash;
    expect((await sign(signatoryA.client, 'b'.repeat(64))).status).toBe(409);
    expect((await sign(contactA.client, hash)).status).toBe(403);
    expect((await sign(notAgreedSignatory.client, hash)).status).toBe(403);
    expect((await sign(supporterSignatory.client, hash)).status).toBe(403);
    expect((await sign(secretariat, hash)).status).toBe(403);
    expect((await sign(signatoryA.client, 'not a hash')).status).toBe(400);
    expect((await sign(signatoryA.client, hash)).status).toBe(201);
    const signatures = (await contactA.client.get<SignatureView[]>(`/api/statements/${statementId}/signatures`)).body;
    expect(signatures).toEqual([
      expect.objectContaining({ org: expect.objectContaining({ id: orgA, name: 'Member A', category: 'member' }), hash, signedBy: signatoryA.name }),
    ]);
  });

  it('counts one signature per organisation, whatever the races', async () => {
    const hash = (await statement()).finalVersion!.hash;
    expect((await signatoryB.client.delete(`/api/statements/${statementId}/signatures`)).status).toBe(404);
    // 50 requests at once from two signatories of B (double clicks, two people at the same moment),
    // and ten from a second signatory of A, which has signed already.
    const secondB = await createContact(server, secretariat, { orgId: signatoryBOrg, role: 'signatory' });
    const otherSessionOfB = await new ApiClient(server.url).login(signatoryB.email, PASSWORD);
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, index) => sign([signatoryB.client, secondB.client, otherSessionOfB][index % 3]!, hash)).concat(
        Array.from({ length: 10 }, () => sign(secondSignatoryA.client, hash)),
      ),
    );
    const statusesB = results.slice(0, 50).map((result) => result.status);
    expect(statusesB.filter((status) => status === 201)).toHaveLength(1);
    expect(statusesB.filter((status) => status !== 201).every((status) => status === 409)).toBe(true);
    // A had signed already: its second signatory's ten attempts all conflict.
    expect(results.slice(50).every((result) => result.status === 409)).toBe(true);
    const database = openTestDatabase(server);
    const rows = await database.all<{ org_id: string; n: number }>(
      'SELECT org_id, count(*) AS n FROM signatures WHERE statement_id = ? AND withdrawn_at IS NULL GROUP BY org_id',
      statementId,
    );
    await database.close();
    expect(rows).toHaveLength(2);
    expect(rows.every((row) => row.n === 1)).toBe(true);
  });

  it('lets an organisation withdraw and sign again; supporters sign where the statement allows', async () => {
    const hash = (await statement()).finalVersion!.hash;
    // Only a signatory withdraws for the organisation (any of its signatories).
    expect((await contactA.client.delete(`/api/statements/${statementId}/signatures`)).status).toBe(403);
    expect((await secondSignatoryA.client.delete(`/api/statements/${statementId}/signatures`)).status).toBe(204);
    expect((await contactA.client.get<SignatureView[]>(`/api/statements/${statementId}/signatures`)).body.map((signature) => signature.org.id)).not.toContain(
      orgA,
    );
    expect((await sign(signatoryA.client, hash)).status).toBe(201);
    expect((await secretariat.patch(`/api/statements/${statementId}/settings`, { whoMaySign: 'membersAndSupporters' })).status).toBe(204);
    expect((await sign(supporterSignatory.client, hash)).status).toBe(201);
    const signatures = (await secretariat.get<SignatureView[]>(`/api/statements/${statementId}/signatures`)).body;
    expect(signatures.find((signature) => signature.org.name === 'Supporter S')?.as).toBe('supporter');
  });

  it('asks earlier signatories to re-confirm after a reopen and a new final version', async () => {
    expect((await drafter.client.post(`/api/statements/${statementId}/reopen`, {})).status).toBe(403);
    expect((await secretariat.post<{ stage: string }>(`/api/statements/${statementId}/reopen`, {})).body).toEqual({ stage: 'drafting' });
    const editor = connectCollab(server.wsUrl, statementId, drafter.client.cookie);
    await waitForSync(editor);
    editor.doc.transact(() => textNodes(editor.doc)[0]!.insert(0, 'Revised: '));
    await stored('Revised:');
    editor.destroy();
    const refrozen = await secretariat.post<{ number: number; hash: string }>(`/api/statements/${statementId}/freeze`, { name: 'Final text, second round' });
    expect(refrozen.body.number).toBe(2);

    expect((await secretariat.get<SignatureView[]>(`/api/statements/${statementId}/signatures`)).body).toEqual([]);
    const tally = (await secretariat.get<TallyRowView[]>(`/api/statements/${statementId}/tally`)).body;
    const byName = new Map(tally.map((row) => [row.org.name, row]));
    expect(byName.get('Member A')).toMatchObject({ status: 'pending-reconfirmation', signedVersion: 1 });
    expect(byName.get('Member B')).toMatchObject({ status: 'pending-reconfirmation', signedVersion: 1 });
    expect(byName.get('Not Agreed N')).toMatchObject({ status: 'undecided' });
    expect((await contactA.client.get(`/api/statements/${statementId}/tally`)).status).toBe(403);

    expect((await sign(signatoryA.client, refrozen.body.hash)).status).toBe(201);
    const after = (await secretariat.get<TallyRowView[]>(`/api/statements/${statementId}/tally`)).body;
    expect(after.find((row) => row.org.name === 'Member A')).toMatchObject({ status: 'signed', signedBy: signatoryA.name });
    // The old hash no longer signs anything.
    expect(
      (await sign(signatoryB.client, (await secretariat.get<{ hash: string }[]>(`/api/statements/${statementId}/versions`)).body.at(-1)!.hash)).status,
    ).toBe(409);
  });

  it('closes at the deadline', async () => {
    const hash = (await statement()).finalVersion!.hash;
    expect((await secretariat.patch(`/api/statements/${statementId}/settings`, { signOnDeadline: new Date(Date.now() - 60_000).toISOString() })).status).toBe(
      204,
    );
    expect((await statement()).signOnOpen).toBe(false);
    expect((await sign(signatoryB.client, hash)).status).toBe(409);
    expect((await signatoryA.client.delete(`/api/statements/${statementId}/signatures`)).status).toBe(409);
    expect((await secretariat.patch(`/api/statements/${statementId}/settings`, { signOnDeadline: null })).status).toBe(204);
    expect((await sign(signatoryB.client, hash)).status).toBe(201);
  });

  it('publishes from sign-on only; sign-on after publication only when it stays open', async () => {
    expect((await signatoryA.client.post(`/api/statements/${statementId}/publish`, {})).status).toBe(403);
    const published = await secretariat.post<{ stage: string; url: string }>(`/api/statements/${statementId}/publish`, {});
    expect(published.status).toBe(200);
    expect(published.body).toEqual({ stage: 'published', url: `${server.url}/p/${(await statement()).slug}` });
    expect((await secretariat.post(`/api/statements/${statementId}/publish`, {})).status).toBe(409);
    expect((await secretariat.post(`/api/statements/${statementId}/reopen`, {})).status).toBe(409);
    expect((await secretariat.post(`/api/statements/${statementId}/freeze`, {})).status).toBe(409);
    expect((await signatoryA.client.post(`/api/statements/${statementId}/withdraw`, {})).status).toBe(403);
    const hash = (await statement()).finalVersion!.hash;
    expect((await sign(supporterSignatory.client, hash)).status).toBe(409);
    expect((await secretariat.patch(`/api/statements/${statementId}/settings`, { openAfterPublication: true })).status).toBe(204);
    expect((await sign(supporterSignatory.client, hash)).status).toBe(201);
  });
});
