import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DiffView, VersionContentView, VersionView } from '../../shared/api/types.ts';
import type { ApiClient } from '../support/ApiClient.ts';
import { agreeToPurpose, createContact, createOrganisation, createStatement, signInAsSecretariat, type Contact } from '../support/coalition.ts';
import { connectCollab, waitForSync, type CollabClient } from '../support/collabClient.ts';
import { openTestDatabase } from '../support/testDatabase.ts';
import { startAccord, type AccordProcess } from '../support/startAccord.ts';
import { textNodes, writeParagraphs } from '../support/textAnchors.ts';
import { waitFor } from '../support/waitFor.ts';
import { waitForStoredText } from '../support/waitForStoredText.ts';

describe('versions', () => {
  let server: AccordProcess;
  let secretariat: ApiClient;
  let orgId: string;
  let drafter: Contact;
  let member: Contact;
  let statementId: string;
  const clients: CollabClient[] = [];

  /** Connects as the drafter, and resolves once a fresh client sees `words` (so the server has stored them). */
  const stored = (id: string, words: string) => waitForStoredText(server.wsUrl, id, drafter.client.cookie, words);

  const open = async (id: string) => {
    const client = connectCollab(server.wsUrl, id, drafter.client.cookie);
    clients.push(client);
    await waitForSync(client);
    return client;
  };

  beforeAll(async () => {
    server = await startAccord();
    secretariat = await signInAsSecretariat(server);
    orgId = await createOrganisation(secretariat);
    drafter = await createContact(server, secretariat, { orgId });
    member = await createContact(server, secretariat, { orgId });
    await agreeToPurpose(member, orgId);
    statementId = (await createStatement(secretariat, 'Versioned statement')).id;
    expect((await secretariat.post(`/api/statements/${statementId}/drafters`, { userId: drafter.userId })).status).toBe(204);
  });

  afterAll(async () => {
    for (const client of clients) client.destroy();
    await server?.dispose();
  });

  it('are named by drafters, listed with author and time, and readable by every reader', async () => {
    const editor = await open(statementId);
    writeParagraphs(editor.doc, ['We support an open Internet.', 'We ask for a seat at the table.']);
    await stored(statementId, 'seat at the table');
    const created = await drafter.client.post<{ number: number; hash: string }>(`/api/statements/${statementId}/versions`, { name: 'First draft' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ number: 1, hash: expect.stringMatching(/^[0-9a-f]{64}$/) });

    const list = await member.client.get<VersionView[]>(`/api/statements/${statementId}/versions`);
    expect(list.body).toEqual([
      expect.objectContaining({ number: 1, name: 'First draft', hash: created.body.hash, createdBy: expect.objectContaining({ id: drafter.userId }) }),
    ]);
    const version = await member.client.get<VersionContentView>(`/api/statements/${statementId}/versions/1`);
    expect(version.body.blocks).toEqual(['We support an open Internet.', 'We ask for a seat at the table.']);

    expect((await member.client.post(`/api/statements/${statementId}/versions`, { name: 'Mine' })).status).toBe(403);
    expect((await drafter.client.post(`/api/statements/${statementId}/versions`, { name: '' })).status).toBe(400);
    expect((await member.client.get(`/api/statements/${statementId}/versions/99`)).status).toBe(404);
  });

  it('diff word by word, between versions and against the live text', async () => {
    const editor = clients[0]!;
    editor.doc.transact(() => {
      const text = textNodes(editor.doc)[1]!;
      const at = text.toString().indexOf('a seat');
      text.delete(at, 'a seat'.length);
      text.insert(at, 'an equal seat');
    });
    await stored(statementId, 'an equal seat');
    const live = await member.client.get<DiffView>(`/api/statements/${statementId}/diff?from=1`);
    expect(live.body.to).toEqual({ number: null, name: 'Current text' });
    expect(live.body.parts.filter((part) => part.kind === 'removed').map((part) => part.text.trim())).toEqual(['a']);
    expect(live.body.parts.filter((part) => part.kind === 'added').map((part) => part.text.trim())).toEqual(['an equal']);

    expect((await drafter.client.post(`/api/statements/${statementId}/versions`, { name: 'Second draft' })).status).toBe(201);
    const between = await member.client.get<DiffView>(`/api/statements/${statementId}/diff?from=1&to=2`);
    expect(between.body.parts.map((part) => part.text).join('')).toContain('seat at the table');
    expect(between.body.parts.some((part) => part.kind === 'added' && part.text.includes('equal'))).toBe(true);
    expect((await member.client.get(`/api/statements/${statementId}/diff?from=abc`)).status).toBe(400);
  });

  it('keep their hash across a restart, and the same text typed differently elsewhere has the same hash', async () => {
    const before = (await member.client.get<VersionView[]>(`/api/statements/${statementId}/versions`)).body;
    for (const client of clients.splice(0)) client.destroy();
    server = await server.restart();
    const after = (await member.client.get<VersionView[]>(`/api/statements/${statementId}/versions`)).body;
    expect(after.map((version) => version.hash)).toEqual(before.map((version) => version.hash));

    // Another statement of the same title (the hash binds title and text), its text typed in pieces
    // in another order: same content, same hash.
    const twin = (await createStatement(secretariat, 'Versioned statement')).id;
    expect((await secretariat.post(`/api/statements/${twin}/drafters`, { userId: drafter.userId })).status).toBe(204);
    const editor = await open(twin);
    writeParagraphs(editor.doc, ['We support Internet.', 'table.']);
    editor.doc.transact(() => {
      const [first, second] = textNodes(editor.doc);
      first!.insert('We support '.length, 'an open ');
      second!.insert(0, 'We ask for an equal seat at the ');
    });
    await stored(twin, 'equal seat at the table');
    const twinVersion = await drafter.client.post<{ hash: string }>(`/api/statements/${twin}/versions`, { name: 'Same words' });
    expect(twinVersion.body.hash).toBe(after.find((version) => version.number === 2)!.hash);
  });

  it('restore as a new change: the live text becomes the version, and nothing is erased', async () => {
    const restored = await drafter.client.post(`/api/statements/${statementId}/versions/1/restore`, {});
    expect(restored.status).toBe(200);
    const editor = await open(statementId);
    await waitFor(() => editor.text().includes('a seat at the table') && !editor.text().includes('equal'), { message: 'the restored text' });
    const again = await drafter.client.post<{ number: number; hash: string }>(`/api/statements/${statementId}/versions`, { name: 'After restore' });
    const versions = (await member.client.get<VersionView[]>(`/api/statements/${statementId}/versions`)).body;
    expect(again.body.hash).toBe(versions.find((version) => version.number === 1)!.hash);
    expect(versions.map((version) => version.number)).toEqual([again.body.number, ...versions.slice(1).map((version) => version.number)]);
    expect(versions.some((version) => version.name === 'Second draft')).toBe(true);
    expect((await member.client.post(`/api/statements/${statementId}/versions/1/restore`, {})).status).toBe(403);
  });

  it('are immutable in the database', async () => {
    const database = openTestDatabase(server);
    try {
      await expect(database.run("UPDATE statement_versions SET name = 'changed'")).rejects.toThrow(/immutable/);
    } finally {
      await database.close();
    }
  });
});
