import { getSchema } from '@tiptap/core';
import { prosemirrorJSONToYXmlFragment } from '@tiptap/y-tiptap';
import type { Element } from '@xmldom/xmldom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEXT_FRAGMENT } from '../../shared/collab/protocol.ts';
import { statementExtensions } from '../../shared/editor/statementExtensions.ts';
import type { ApiClient } from '../support/ApiClient.ts';
import { createContact, createOrganisation, createStatement, signInAsSecretariat, type Contact } from '../support/coalition.ts';
import { connectCollab, waitForSync, type CollabClient } from '../support/collabClient.ts';
import { POSITION_PAPER } from '../support/positionPaper.ts';
import { startAccord, type AccordProcess } from '../support/startAccord.ts';
import { anchorsAround } from '../support/textAnchors.ts';
import { waitForStoredText } from '../support/waitForStoredText.ts';
import { readDocxXml } from './readDocxXml.ts';

const all = (element: { getElementsByTagName(name: string): unknown }, name: string) => Array.from(element.getElementsByTagName(name) as ArrayLike<Element>);

describe('the Word export with revisions keeps the statement’s structure', () => {
  let server: AccordProcess;
  let secretariat: ApiClient;
  let statementId: string;
  let member: Contact;
  let editor: CollabClient;

  beforeAll(async () => {
    server = await startAccord();
    secretariat = await signInAsSecretariat(server);
    const orgId = await createOrganisation(secretariat);
    statementId = (await createStatement(secretariat)).id;
    member = await createContact(server, secretariat, { orgId, name: 'Amina Diallo' });
    editor = connectCollab(server.wsUrl, statementId, secretariat.cookie);
    await waitForSync(editor);
    prosemirrorJSONToYXmlFragment(getSchema(statementExtensions()), POSITION_PAPER, editor.doc.getXmlFragment(TEXT_FRAGMENT));
    await waitForStoredText(server.wsUrl, statementId, secretariat.cookie, 'Fin de la déclaration.');
    const open = async (words: string, body: Record<string, unknown>) =>
      expect((await member.client.post(`/api/statements/${statementId}/threads`, { ...anchorsAround(editor.doc, words), ...body })).status).toBe(201);
    await open('open', { kind: 'suggestion', replacement: 'free' });
    await open('the charter', { kind: 'suggestion', replacement: '' });
    await open('de la región', { kind: 'comment', body: 'Which region?' });
    await open('dijo', { kind: 'suggestion', replacement: 'declaró' });
  });

  afterAll(async () => {
    editor?.destroy();
    await server?.dispose();
  });

  it('has headings, nested lists, the quote, links and emphasis, with the revisions and comments in the right words', async () => {
    const docx = await readDocxXml(member.client, `/api/statements/${statementId}/export.docx`);
    expect(docx.status).toBe(200);
    const body = docx.xml('word/document.xml');
    const styles = all(body, 'w:pStyle').map((style) => style.getAttribute('w:val'));
    // The title is in the file's properties, not its text: the statement's headings start at Heading 1.
    expect(styles).toEqual(expect.arrayContaining(['Heading1', 'Heading2', 'Heading3', 'Quote']));
    expect(all(body, 'w:ilvl').map((level) => level.getAttribute('w:val'))).toEqual(['0', '1', '1', '0', '0', '0', '1']);

    expect(docx.revisions().map(({ kind, text }) => ({ kind, text }))).toEqual([
      { kind: 'del', text: 'open' },
      { kind: 'ins', text: 'free' },
      { kind: 'del', text: 'the charter' },
      { kind: 'del', text: 'dijo' },
      { kind: 'ins', text: 'declaró' },
    ]);
    // The suggested-away words keep their formatting and their link.
    const [bold, charter] = all(body, 'w:del');
    expect(all(bold!, 'w:b')).toHaveLength(1);
    expect((charter!.parentNode as Element).tagName).toBe('w:hyperlink');
    expect(docx.comments().map(({ text, range }) => ({ text, range }))).toEqual([{ text: 'Which region?', range: 'de la región' }]);

    const paragraphs = docx.paragraphs();
    expect(paragraphs).toContain('We support an free and interoperable Internet; read .');
    expect(paragraphs).toContain('Revisión por los pares de la región');
    expect(paragraphs).toContain('« Nadie queda atrás », declaró la organización.');
    expect(paragraphs.at(-1)).toBe('Fin de la déclaration.');
  });
});
