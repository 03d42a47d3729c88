import * as Y from 'yjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ThreadView } from '../../shared/api/types.ts';
import { TEXT_FRAGMENT } from '../../shared/collab/protocol.ts';
import type { ApiClient } from '../support/ApiClient.ts';
import { agreeToPurpose, createContact, createOrganisation, createStatement, signInAsSecretariat, type Contact } from '../support/coalition.ts';
import { connectCollab, waitForSync, type CollabClient } from '../support/collabClient.ts';
import { startAccord, type AccordProcess } from '../support/startAccord.ts';
import { anchorsAround, textNodes, writeParagraphs } from '../support/textAnchors.ts';
import { waitFor } from '../support/waitFor.ts';
import { waitForStoredText } from '../support/waitForStoredText.ts';

/**
 * Listing threads indexes the text once per listing (security review M10: it used to walk the whole
 * text once per thread). Not a timing test: it proves every thread's orphan state is still right
 * for many threads, across paragraphs and pages, with the one index.
 */
describe('thread listing indexes the text once and stays right', () => {
  const PARAGRAPHS = 12;
  const WORDS = 5;
  const DELETED_PARAGRAPHS = [3, 7];
  let server: AccordProcess;
  let secretariat: ApiClient;
  let contact: Contact;
  let writer: CollabClient;
  let statementId: string;
  const threadOf = new Map<string, string>();
  let spanning: string;

  const word = (paragraph: number, index: number) => `w${paragraph}x${index}`;

  beforeAll(async () => {
    server = await startAccord();
    secretariat = await signInAsSecretariat(server);
    const orgId = await createOrganisation(secretariat);
    contact = await createContact(server, secretariat, { orgId });
    await agreeToPurpose(contact, orgId);
    statementId = (await createStatement(secretariat, 'Many threads')).id;
    writer = connectCollab(server.wsUrl, statementId, secretariat.cookie);
    await waitForSync(writer);
    writeParagraphs(
      writer.doc,
      Array.from(
        { length: PARAGRAPHS },
        (_, paragraph) => `Passage ${paragraph}: ${Array.from({ length: WORDS }, (_, index) => word(paragraph, index)).join(', ')}.`,
      ),
    );
    await waitForStoredText(server.wsUrl, statementId, secretariat.cookie, word(PARAGRAPHS - 1, WORDS - 1));
    const open = async (anchors: { anchorStart: string; anchorEnd: string }) => {
      const created = await contact.client.post<{ id: string }>(`/api/statements/${statementId}/threads`, { kind: 'comment', ...anchors, body: 'A remark.' });
      expect(created.status).toBe(201);
      return created.body.id;
    };
    for (let paragraph = 0; paragraph < PARAGRAPHS; paragraph++) {
      for (let index = 0; index < WORDS; index++) threadOf.set(word(paragraph, index), await open(anchorsAround(writer.doc, word(paragraph, index))));
    }
    // One thread over two paragraphs: from the first word of paragraph 1 to the last of paragraph 2.
    const nodes = textNodes(writer.doc);
    const encode = (position: Y.RelativePosition) => Buffer.from(Y.encodeRelativePosition(position)).toString('base64');
    const first = nodes[1]!.toString().indexOf(word(1, 0));
    const last = nodes[2]!.toString().indexOf(word(2, WORDS - 1)) + word(2, WORDS - 1).length;
    spanning = await open({
      anchorStart: encode(Y.createRelativePositionFromTypeIndex(nodes[1]!, first, 0)),
      anchorEnd: encode(Y.createRelativePositionFromTypeIndex(nodes[2]!, last, -1)),
    });

    // Delete two whole paragraphs (later one first, so indexes hold) and one word of paragraph 0.
    writer.doc.transact(() => {
      const fragment = writer.doc.getXmlFragment(TEXT_FRAGMENT);
      for (const paragraph of [...DELETED_PARAGRAPHS].reverse()) fragment.delete(paragraph, 1);
      const text = textNodes(writer.doc)[0]!;
      text.delete(text.toString().indexOf(word(0, 1)), word(0, 1).length);
    });
  });

  afterAll(async () => {
    writer?.destroy();
    await server?.dispose();
  });

  const everyPage = async (limit: number) => {
    const threads: ThreadView[] = [];
    for (let next: string | null = `/api/statements/${statementId}/threads?limit=${limit}`; next !== null; ) {
      const response: { body: ThreadView[]; headers: Headers } = await contact.client.get<ThreadView[]>(next);
      expect(response.body.length).toBeLessThanOrEqual(limit);
      threads.push(...response.body);
      next = /<([^>]+)>;\s*rel="next"/.exec(response.headers.get('link') ?? '')?.[1] ?? null;
    }
    return threads;
  };

  it('orphans exactly the threads whose words are gone, on every page', async () => {
    const expectedOrphans = new Set([
      word(0, 1),
      ...DELETED_PARAGRAPHS.flatMap((paragraph) => Array.from({ length: WORDS }, (_, index) => word(paragraph, index))),
    ]);
    const orphanedOf = (threads: ThreadView[]) => new Map(threads.map((thread) => [thread.id, thread.orphaned]));
    const threads = await waitFor(
      async () => {
        const listed = await everyPage(7);
        const orphaned = orphanedOf(listed);
        return [...threadOf].every(([words, id]) => orphaned.get(id) === expectedOrphans.has(words)) ? listed : null;
      },
      { message: 'orphan state to follow the deletions' },
    );
    expect(threads).toHaveLength(PARAGRAPHS * WORDS + 1);
    const byId = new Map(threads.map((thread) => [thread.id, thread]));
    for (const [words, id] of threadOf) {
      expect(byId.get(id), words).toMatchObject({ quote: words, orphaned: expectedOrphans.has(words) });
    }
    expect(byId.get(spanning)).toMatchObject({ orphaned: false, quote: expect.stringContaining('\n') });
    // The same answer in one page as in many.
    expect(orphanedOf(await everyPage(200))).toEqual(orphanedOf(threads));
  });
});
