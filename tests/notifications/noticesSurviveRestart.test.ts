import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NeedView } from '../../shared/api/types.ts';
import type { ApiClient } from '../support/ApiClient.ts';
import { createContact, createOrganisation, createStatement, signInAsSecretariat, type Contact } from '../support/coalition.ts';
import { connectCollab, waitForSync } from '../support/collabClient.ts';
import { openTestDatabase } from '../support/testDatabase.ts';
import { startAccord, type AccordProcess } from '../support/startAccord.ts';
import { anchorsAround, writeParagraphs } from '../support/textAnchors.ts';
import { waitFor } from '../support/waitFor.ts';
import { waitForStoredText } from '../support/waitForStoredText.ts';

const REPLIES = 20;

describe('notices across a crash', () => {
  let server: AccordProcess;
  let secretariat: ApiClient;
  let author: Contact;
  let replier: Contact;
  let statementId: string;

  beforeAll(async () => {
    server = await startAccord();
    secretariat = await signInAsSecretariat(server);
    const org = await createOrganisation(secretariat);
    author = await createContact(server, secretariat, { orgId: org });
    replier = await createContact(server, secretariat, { orgId: org });
    statementId = (await createStatement(secretariat)).id;
    const writer = connectCollab(server.wsUrl, statementId, secretariat.cookie);
    await waitForSync(writer);
    writeParagraphs(writer.doc, ['A text on openness.']);
    await waitForStoredText(server.wsUrl, statementId, secretariat.cookie, 'openness');
    writer.destroy();
  });

  afterAll(async () => {
    await server?.dispose();
  });

  it('records every notice of a burst exactly once when the server is killed right after it', async () => {
    const reader = connectCollab(server.wsUrl, statementId, author.client.cookie);
    await waitForSync(reader);
    const anchors = anchorsAround(reader.doc, 'openness');
    reader.destroy();
    const thread = await author.client.post<{ id: string }>(`/api/statements/${statementId}/threads`, { kind: 'comment', ...anchors, body: 'Thoughts?' });
    expect(thread.status).toBe(201);
    const threadId = thread.body.id;
    await Promise.all(
      Array.from({ length: REPLIES }, async (_, index) => {
        expect((await replier.client.post(`/api/threads/${threadId}/comments`, { body: `Reply ${index}` })).status).toBe(201);
      }),
    );
    await server.kill();
    server = await server.restart();

    const database = openTestDatabase(server);
    try {
      const newestEntry = async () => (await database.get<{ sequence: number }>('SELECT max(sequence) AS sequence FROM audit_log'))!.sequence;
      const cursor = async () => (await database.get<{ sequence: number }>('SELECT sequence FROM notice_cursor'))!.sequence;
      // The follower catches up with everything written before the crash (and what came since).
      await waitFor(async () => (await cursor()) >= (await newestEntry()), { message: 'the follower to reach the end of the log' });
      const rows = await database.all<{ sequence: number; key: string }>(
        "SELECT sequence, key FROM notices WHERE user_id = ? AND thread_id = ? AND kind = 'reply'",
        author.userId,
        threadId,
      );
      expect(rows).toHaveLength(REPLIES);
      expect(new Set(rows.map((row) => row.sequence)).size).toBe(REPLIES);
      // The thread is read from the JSON here, not in SQL: json_extract is SQLite's, ->> PostgreSQL's.
      const added = await database.all<{ sequence: number; details: string }>(
        "SELECT sequence, details FROM audit_log WHERE action = 'comment.added' ORDER BY sequence",
      );
      const replied = added.filter((row) => (JSON.parse(row.details) as { thread?: string }).thread === threadId).map((row) => row.sequence);
      expect(rows.map((row) => row.sequence).sort((a, b) => a - b)).toEqual(replied);
    } finally {
      await database.close();
    }
    const listed = (await author.client.get<NeedView[]>('/api/me/needs')).body.filter((need) => need.threadId === threadId);
    expect(listed).toHaveLength(REPLIES);
    expect(listed.every((need) => need.kind === 'reply')).toBe(true);
  });
});
