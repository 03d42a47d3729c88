import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { ThreadView } from '../../shared/api/types.ts';
import type { ApiClient } from '../support/ApiClient.ts';
import { agreeToPurpose, createContact, createOrganisation, createStatement, signInAsSecretariat, type Contact } from '../support/coalition.ts';
import { connectCollab, waitForSync, type CollabClient } from '../support/collabClient.ts';
import { startAccord, type AccordProcess } from '../support/startAccord.ts';
import { anchoredWords, anchorsAround, textNodes, writeParagraphs } from '../support/textAnchors.ts';
import { waitFor } from '../support/waitFor.ts';

const TARGET = 'the multistakeholder model';
const EDITS = 500;

/** A small seeded generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

/**
 * One random edit anywhere except inside the anchored words: an insertion (also right before and
 * right after them) or a deletion, in any paragraph.
 */
function randomEdit(doc: Y.Doc, next: () => number): void {
  const texts = textNodes(doc);
  const text = texts[Math.floor(next() * texts.length)]!;
  const content = text.toString();
  const target = content.indexOf(TARGET);
  const protectedFrom = target === -1 ? Infinity : target;
  const protectedTo = target === -1 ? -Infinity : target + TARGET.length;
  if (next() < 0.6 || content.length < 4) {
    let at = Math.floor(next() * (content.length + 1));
    if (at > protectedFrom && at < protectedTo) at = next() < 0.5 ? protectedFrom : protectedTo;
    text.insert(at, ['new ', 'words ', 'x', ' and more '][Math.floor(next() * 4)]!);
    return;
  }
  const from = Math.floor(next() * content.length);
  let length = 1 + Math.floor(next() * 5);
  if (from >= protectedTo || from + length <= protectedFrom) {
    text.delete(from, Math.min(length, content.length - from));
    return;
  }
  // Would touch the anchored words: delete before them instead.
  length = Math.min(length, protectedFrom);
  if (length > 0) text.delete(protectedFrom - length, length);
}

describe('comment anchors', () => {
  let server: AccordProcess;
  let secretariat: ApiClient;
  let statementId: string;
  const drafters: Contact[] = [];
  const clients: CollabClient[] = [];

  beforeAll(async () => {
    server = await startAccord();
    secretariat = await signInAsSecretariat(server);
    const orgId = await createOrganisation(secretariat);
    statementId = (await createStatement(secretariat)).id;
    for (let index = 0; index < 3; index++) {
      const drafter = await createContact(server, secretariat, { orgId });
      await agreeToPurpose(drafter, orgId);
      expect((await secretariat.post(`/api/statements/${statementId}/drafters`, { userId: drafter.userId })).status).toBe(204);
      drafters.push(drafter);
    }
  });

  afterAll(async () => {
    for (const client of clients) client.destroy();
    await server?.dispose();
  });

  it('stay on their words through 500 random concurrent edits by 3 clients', async () => {
    for (const drafter of drafters) clients.push(connectCollab(server.wsUrl, statementId, drafter.client.cookie));
    await Promise.all(clients.map((client) => waitForSync(client)));
    writeParagraphs(clients[0]!.doc, [
      'We are operators of the shared infrastructure of the Internet.',
      `We ask the review to keep ${TARGET} that let the Internet grow.`,
      'We offer our experience and invite governments to consult us.',
    ]);
    await waitFor(() => clients.every((client) => client.text().includes(TARGET)), { message: 'the text everywhere' });

    const created = await drafters[1]!.client.post<ThreadView>(`/api/statements/${statementId}/threads`, {
      kind: 'comment',
      ...anchorsAround(clients[1]!.doc, TARGET),
      body: 'Should we name the model?',
    });
    expect(created.status).toBe(201);
    expect(created.body.quote).toBe(TARGET);

    // Three clients edit at once: each makes its share of the edits in small bursts, without
    // waiting for the others, so many edits are concurrent.
    await Promise.all(
      clients.map(async (client, clientIndex) => {
        const next = random(clientIndex + 1);
        for (let edit = 0; edit < EDITS / 3 + (clientIndex === 0 ? EDITS % 3 : 0); edit++) {
          client.doc.transact(() => randomEdit(client.doc, next));
          if (edit % 10 === 9) await new Promise((resolve) => setImmediate(resolve));
        }
      }),
    );
    await waitFor(() => clients.every((client) => client.text() === clients[0]!.text()), { timeoutMs: 20_000, message: 'the clients to converge' });

    for (const client of clients) expect(anchoredWords(client.doc, created.body)).toBe(TARGET);
    const [thread] = (await drafters[2]!.client.get<ThreadView[]>(`/api/statements/${statementId}/threads`)).body;
    expect(thread).toMatchObject({ id: created.body.id, quote: TARGET, orphaned: false });
  });

  it('orphan a thread whose words are deleted, keeping its quote, never moving it onto other words', async () => {
    const [client] = clients;
    const words = 'consult the technical community';
    client!.doc.transact(() => {
      const paragraph = new Y.XmlElement('paragraph');
      paragraph.insert(0, [new Y.XmlText(`We ask them to ${words} early.`)]);
      const fragment = textNodes(client!.doc)[0]!.parent!.parent as Y.XmlFragment;
      fragment.insert(fragment.length, [paragraph]);
    });
    // Another client has it, so the server has stored it.
    await waitFor(() => clients[2]!.text().includes(words), { message: 'the new paragraph everywhere' });
    const created = await drafters[0]!.client.post<ThreadView>(`/api/statements/${statementId}/threads`, {
      kind: 'comment',
      ...anchorsAround(client!.doc, words),
      body: 'Which governments?',
    });
    expect(created.status).toBe(201);
    // Someone deletes exactly those words, and types new ones in their place.
    client!.doc.transact(() => {
      const text = textNodes(client!.doc).find((node) => node.toString().includes(words))!;
      const at = text.toString().indexOf(words);
      text.delete(at, words.length);
      text.insert(at, 'ask parliaments');
    });
    await waitFor(
      async () => {
        const threads = (await drafters[1]!.client.get<ThreadView[]>(`/api/statements/${statementId}/threads`)).body;
        return threads.find((thread) => thread.id === created.body.id)?.orphaned;
      },
      { message: 'the thread to be orphaned' },
    );
    const threads = (await drafters[1]!.client.get<ThreadView[]>(`/api/statements/${statementId}/threads`)).body;
    const orphan = threads.find((thread) => thread.id === created.body.id)!;
    expect(orphan.quote).toBe(words);
    expect(orphan.comments[0]!.body).toBe('Which governments?');
    expect(anchoredWords(client!.doc, orphan)).toBe('');
  });
});
