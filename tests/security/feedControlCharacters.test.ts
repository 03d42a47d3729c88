import { XMLParser, XMLValidator } from 'fast-xml-parser';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../support/ApiClient.ts';
import { createStatement, signInAsSecretariat } from '../support/coalition.ts';
import { connectCollab, typeInto, waitForSync } from '../support/collabClient.ts';
import { openTestDatabase } from '../support/testDatabase.ts';
import { startAccord, type AccordProcess } from '../support/startAccord.ts';
import { waitForStoredText } from '../support/waitForStoredText.ts';

/**
 * Finding L8: a title (or a text) holding a character XML cannot carry, such as U+0001, made the
 * whole Atom feed unparseable for every subscriber. Titles with them are refused at input; the feed
 * drops whatever such characters older rows or a statement's text still hold.
 */
describe('control characters in titles and text', () => {
  let server: AccordProcess;
  let secretariat: ApiClient;

  beforeAll(async () => {
    server = await startAccord();
    secretariat = await signInAsSecretariat(server);
  });

  afterAll(async () => {
    await server?.dispose();
  });

  it('refuses titles with control characters, XML non-characters or lone surrogates (400)', async () => {
    const { id } = await createStatement(secretariat, 'A proper title');
    for (const title of ['Bell\u0007 statement', 'Start\u0001', 'Two\nlines', 'Not a character \uFFFE', 'Half \uD83D a smiley', 'Other half \uDE00']) {
      expect((await secretariat.post('/api/statements', { title })).status, JSON.stringify(title)).toBe(400);
      expect((await secretariat.patch(`/api/statements/${id}`, { title })).status, JSON.stringify(title)).toBe(400);
    }
    // Whole characters of any script remain welcome.
    expect((await secretariat.patch(`/api/statements/${id}`, { title: 'Déclaration 🙂 声明' })).status).toBe(200);
  });

  it('keeps the feed well-formed when a stored title or the text holds such characters', async () => {
    const { id, slug } = await createStatement(secretariat, 'Older statement');
    // A title stored before the input check existed.
    const database = openTestDatabase(server);
    try {
      await database.run('UPDATE statements SET title = ? WHERE id = ?', 'Older\u0001 statement\u000B title', id);
    } finally {
      await database.close();
    }
    const editor = connectCollab(server.wsUrl, id, secretariat.cookie);
    await waitForSync(editor);
    typeInto(editor.doc, 'Text with a \u0002control\u001F character and a \uFFFF non-character.');
    await waitForStoredText(server.wsUrl, id, secretariat.cookie, 'non-character');
    editor.destroy();
    expect((await secretariat.post(`/api/statements/${id}/freeze`, {})).status).toBe(200);
    expect((await secretariat.post(`/api/statements/${id}/publish`, {})).status).toBe(200);

    const feed = await new ApiClient(server.url, null).get('/p/feed.xml');
    expect(feed.status).toBe(200);
    const xml = String(feed.body);
    expect(XMLValidator.validate(xml)).toBe(true);
    const parsed = new XMLParser().parse(xml) as { feed: { entry: { title: string; summary: string } | { title: string; summary: string }[] } };
    const [entry] = [parsed.feed.entry].flat();
    expect(entry!.title).toBe('Older statement title');
    expect(entry!.summary).toContain('Text with a control character and a  non-character.');

    // The Word file is XML too.
    const docx = await fetch(`${server.url}/p/${slug}.docx`);
    expect(docx.status).toBe(200);
    const documentXml = await (await JSZip.loadAsync(new Uint8Array(await docx.arrayBuffer()))).file('word/document.xml')!.async('string');
    expect(XMLValidator.validate(documentXml)).toBe(true);
    expect(documentXml).toContain('Older statement title');
  });
});
