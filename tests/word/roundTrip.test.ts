import { getSchema } from '@tiptap/core';
import { prosemirrorJSONToYXmlFragment, yXmlFragmentToProsemirrorJSON } from '@tiptap/y-tiptap';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { ThreadView } from '../../shared/api/types.ts';
import { TEXT_FRAGMENT } from '../../shared/collab/protocol.ts';
import { decodeAnchor } from '../../shared/comments/decodeAnchor.ts';
import { statementExtensions } from '../../shared/editor/statementExtensions.ts';
import type { ApiClient } from '../support/ApiClient.ts';
import { type Contact, createContact, createOrganisation, createStatement, signInAsSecretariat } from '../support/coalition.ts';
import { type CollabClient, connectCollab, waitForSync } from '../support/collabClient.ts';
import { POSITION_PAPER } from '../support/positionPaper.ts';
import { readStoredDocument } from '../support/readStoredDocument.ts';
import { type AccordProcess, startAccord } from '../support/startAccord.ts';
import { anchorsAfter, anchorsAround, plainTextOf, textNodes } from '../support/textAnchors.ts';
import { waitForStoredText } from '../support/waitForStoredText.ts';
import { postDocx } from './postDocx.ts';
import { readDocxXml } from './readDocxXml.ts';

interface Imported {
  id: string;
  report: { suggestions: number; threads: number; dropped: unknown[] };
}

/** Where a thread sits: its paragraph's words and the offsets of its range in them. */
function placeOf(doc: Y.Doc, thread: ThreadView): { paragraph: string; from: number; to: number } {
  const start = Y.createAbsolutePositionFromRelativePosition(decodeAnchor(thread.anchorStart)!, doc);
  const end = Y.createAbsolutePositionFromRelativePosition(decodeAnchor(thread.anchorEnd)!, doc);
  if (start === null || end === null || start.type !== end.type) throw new Error(`thread ${thread.id} is not within one paragraph`);
  return { paragraph: plainTextOf(start.type as Y.XmlText), from: start.index, to: end.index };
}

/** A thread as the round trip must keep it: kind, place, words, proposal and conversation (Word names for imported comments). */
function summary(doc: Y.Doc, thread: ThreadView) {
  return {
    kind: thread.kind,
    ...placeOf(doc, thread),
    quote: thread.quote,
    replacement: thread.replacement,
    author: thread.origin?.author ?? thread.author.name,
    comments: thread.comments.map((comment) => ({ author: comment.origin?.author ?? comment.author.name, body: comment.body })),
    // As the thread panel tells a suggestion's reason: its author's first comment, written with it.
    reason: thread.kind === 'suggestion' && thread.comments[0]?.author.id === thread.author.id && thread.comments[0]?.createdAt === thread.createdAt,
  };
}

const bySpot = (a: { paragraph: string; from: number; kind: string }, b: { paragraph: string; from: number; kind: string }) =>
  a.paragraph.localeCompare(b.paragraph) || a.from - b.from || a.kind.localeCompare(b.kind);

describe('a statement exported to Word and imported back', () => {
  let server: AccordProcess;
  let secretariat: ApiClient;
  let statementId: string;
  let member: Contact;
  let colleague: Contact;
  let editor: CollabClient;
  let imported: Imported;

  beforeAll(async () => {
    server = await startAccord();
    secretariat = await signInAsSecretariat(server);
    const orgId = await createOrganisation(secretariat);
    statementId = (await createStatement(secretariat, 'Notre position')).id;
    member = await createContact(server, secretariat, { orgId, name: 'Amina Diallo' });
    colleague = await createContact(server, secretariat, { orgId, name: 'Ben Okafor' });
    editor = connectCollab(server.wsUrl, statementId, secretariat.cookie);
    await waitForSync(editor);
    // Headings, nested lists of both kinds, bold, italic, a link, a quote.
    prosemirrorJSONToYXmlFragment(getSchema(statementExtensions()), POSITION_PAPER, editor.doc.getXmlFragment(TEXT_FRAGMENT));
    await waitForStoredText(server.wsUrl, statementId, secretariat.cookie, 'Fin de la déclaration.');

    const open = async (anchors: { anchorStart: string; anchorEnd: string }, body: Record<string, unknown>) => {
      const answer = await member.client.post<ThreadView>(`/api/statements/${statementId}/threads`, { ...anchors, ...body });
      expect(answer.status, JSON.stringify(answer.body)).toBe(201);
      return answer.body.id;
    };
    const reply = async (client: ApiClient, thread: string, body: string) =>
      expect((await client.post(`/api/threads/${thread}/comments`, { body })).status).toBe(201);

    // A replacement on bold words, with a reason and replies.
    const replacement = await open(anchorsAround(editor.doc, 'open'), {
      kind: 'suggestion',
      replacement: 'free',
      body: 'The charter says free.',
    });
    await reply(colleague.client, replacement, 'Agreed, free it is.');
    await reply(member.client, replacement, 'Thank you.');
    // A deletion of a link, with a reason.
    await open(anchorsAround(editor.doc, 'the charter'), { kind: 'suggestion', replacement: '', body: 'Nobody reads it.' });
    // An insertion, with a reason and a reply.
    const insertion = await open(anchorsAfter(editor.doc, 'Consultar a la comunidad'), {
      kind: 'suggestion',
      replacement: ' y a los gobiernos',
      body: 'Governments too.',
    });
    await reply(colleague.client, insertion, 'Which ones?');
    // A replacement without a reason, discussed by others.
    const unexplained = await open(anchorsAround(editor.doc, 'dijo'), { kind: 'suggestion', replacement: 'declaró' });
    await reply(colleague.client, unexplained, 'Why this word?');
    // Comment threads: on words both bold and italic (with replies, one of two paragraphs), in a list, on a heading.
    const discussed = await open(anchorsAround(editor.doc, 'gouvernance'), { kind: 'comment', body: 'Which bodies?' });
    await reply(colleague.client, discussed, 'Every one of them.\n\nThe boards included.');
    await reply(member.client, discussed, 'Fine.');
    await open(anchorsAround(editor.doc, 'de la región'), { kind: 'comment', body: 'Which region?' });
    await open(anchorsAround(editor.doc, 'Principes clés'), { kind: 'comment', body: 'Shorter heading?' });

    const exported = await readDocxXml(member.client, `/api/statements/${statementId}/export.docx`);
    expect(exported.status).toBe(200);
    const answer = await postDocx<Imported>(secretariat, `/api/statements/import?title=${encodeURIComponent('Back from Word')}`, exported.bytes);
    expect(answer.status, JSON.stringify(answer.body)).toBe(201);
    imported = answer.body;
  });

  afterAll(async () => {
    editor?.destroy();
    await server?.dispose();
  });

  it('gives back the same text, block by block, with its headings, lists, emphasis and links', async () => {
    const { doc: original } = await readStoredDocument(server, statementId);
    const { doc: copy } = await readStoredDocument(server, imported.id);
    expect(textNodes(copy).map(plainTextOf)).toEqual(textNodes(original).map(plainTextOf));
    expect(yXmlFragmentToProsemirrorJSON(copy.getXmlFragment(TEXT_FRAGMENT))).toEqual(yXmlFragmentToProsemirrorJSON(original.getXmlFragment(TEXT_FRAGMENT)));
    expect(imported.report.dropped).toEqual([]);
  });

  it('gives back the same suggestions and threads, on the same words, with the same reasons, replies and comments', async () => {
    const { doc: original } = await readStoredDocument(server, statementId);
    const { doc: copy } = await readStoredDocument(server, imported.id);
    const before = (await secretariat.get<ThreadView[]>(`/api/statements/${statementId}/threads`)).body;
    const after = (await secretariat.get<ThreadView[]>(`/api/statements/${imported.id}/threads`)).body;
    expect(imported.report).toMatchObject({ suggestions: 4, threads: 3 });
    expect(after).toHaveLength(before.length);
    const expected = before.map((thread) => summary(original, thread)).sort(bySpot);
    expect(after.map((thread) => summary(copy, thread)).sort(bySpot)).toEqual(expected);
    // The reasons came through as reasons, and the suggestion without one has none.
    expect(
      expected
        .filter((thread) => thread.reason)
        .map((thread) => thread.quote)
        .sort(),
    ).toEqual(['', 'open', 'the charter']);
  });
});
