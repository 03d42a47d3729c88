import { XMLParser, XMLValidator } from 'fast-xml-parser';
import JSZip from 'jszip';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { SignatureView, StatementView } from '../../shared/api/types.ts';
import { TEXT_FRAGMENT } from '../../shared/collab/protocol.ts';
import { ApiClient } from '../support/ApiClient.ts';
import { agreeToPurpose, createContact, createOrganisation, createStatement, signInAsSecretariat } from '../support/coalition.ts';
import { connectCollab, waitForSync } from '../support/collabClient.ts';
import { startAccord, type AccordProcess } from '../support/startAccord.ts';
import { waitFor } from '../support/waitFor.ts';

const HOSTILE_TITLE = 'Joint <script>alert("title")</script> & "quoted" statement';
const HOSTILE_ORG = 'Evil <img src=x onerror=alert(1)> Registry';

describe('public pages', () => {
  let server: AccordProcess;
  let secretariat: ApiClient;
  let statementId: string;
  let slug: string;
  const anonymous = () => new ApiClient(server.url, null);

  beforeAll(async () => {
    server = await startAccord();
    secretariat = await signInAsSecretariat(server);
    const member = await createOrganisation(secretariat, { name: HOSTILE_ORG });
    const other = await createOrganisation(secretariat, { name: 'Plain Registry' });
    const supporterOrg = await createOrganisation(secretariat, { name: 'Friendly Supporter', category: 'supporter' });
    const signatory = await createContact(server, secretariat, { orgId: member, role: 'signatory' });
    const otherSignatory = await createContact(server, secretariat, { orgId: other, role: 'signatory' });
    const supporter = await createContact(server, secretariat, { orgId: supporterOrg, role: 'signatory' });
    for (const [contact, orgId] of [
      [signatory, member],
      [otherSignatory, other],
      [supporter, supporterOrg],
    ] as const)
      await agreeToPurpose(contact, orgId);

    ({ id: statementId, slug } = await createStatement(secretariat, HOSTILE_TITLE));
    // The text, written the way a drafter's editor (or a hostile client) could: a heading, a
    // paragraph with marks, pasted HTML as text, and links, one of them javascript:.
    const editor = connectCollab(server.wsUrl, statementId, secretariat.cookie);
    await waitForSync(editor);
    editor.doc.transact(() => {
      const fragment = editor.doc.getXmlFragment(TEXT_FRAGMENT);
      fragment.delete(0, fragment.length);
      const heading = new Y.XmlElement('heading');
      heading.setAttribute('level', 1 as unknown as string);
      heading.insert(0, [new Y.XmlText('Our position')]);
      const paragraph = new Y.XmlElement('paragraph');
      const text = new Y.XmlText();
      paragraph.insert(0, [text]);
      // Integrated first, so its length counts as the runs are appended.
      fragment.insert(0, [heading, paragraph]);
      text.insert(0, 'We support an ');
      text.insert(text.length, 'open', { bold: {} } as unknown as Record<string, string>);
      // An empty attribute set ends the formatting before it (Yjs carries marks on by default).
      text.insert(text.length, ' Internet. <b>pasted</b><script>alert("body")</script> ', {});
      text.insert(text.length, 'safe link', { link: { href: 'https://example.org/a?b=1&c=2' } } as unknown as Record<string, string>);
      text.insert(text.length, ' and ', {});
      text.insert(text.length, 'bad link', { link: { href: 'javascript:alert(1)' } } as unknown as Record<string, string>);
    });
    await waitFor(
      async () => {
        const witness = connectCollab(server.wsUrl, statementId, secretariat.cookie);
        await waitForSync(witness);
        const seen = witness.text().includes('bad link');
        witness.destroy();
        return seen;
      },
      { message: 'the text stored' },
    );
    editor.destroy();

    expect((await secretariat.patch(`/api/statements/${statementId}/settings`, { whoMaySign: 'membersAndSupporters' })).status).toBe(204);
    const { hash } = (await secretariat.post<{ hash: string }>(`/api/statements/${statementId}/freeze`, {})).body;
    for (const contact of [signatory, otherSignatory, supporter])
      expect((await contact.client.post(`/api/statements/${statementId}/signatures`, { hash })).status).toBe(201);
    expect((await otherSignatory.client.delete(`/api/statements/${statementId}/signatures`)).status).toBe(204);
    expect((await secretariat.post(`/api/statements/${statementId}/publish`, {})).status).toBe(200);
  });

  afterAll(async () => {
    await server?.dispose();
  });

  it('shows the published text, version, hash, date and exactly the signatures of the published hash, without login', async () => {
    const response = await anonymous().request('GET', `/p/${slug}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/text\/html/);
    const html = response.body as string;
    const statement = (await secretariat.get<StatementView>(`/api/statements/${statementId}`)).body;
    expect(html).toContain(`Version ${statement.finalVersion!.number}`);
    expect(html).toContain(statement.finalVersion!.hash);
    expect(html).toContain('<h2>Our position</h2>');
    expect(html).toContain('We support an <strong>open</strong> Internet.');
    const signatures = (await secretariat.get<SignatureView[]>(`/api/statements/${statementId}/signatures`)).body;
    const members = signatures.filter((signature) => signature.as === 'member').map((signature) => signature.org.name);
    expect(members).toEqual([HOSTILE_ORG]);
    expect(html).toContain('Signed by 1 organisation');
    expect(html).toContain('Evil &lt;img src=x onerror=alert(1)&gt; Registry');
    expect(html).toContain('Supported by');
    expect(html).toContain('Friendly Supporter');
    // Withdrawn before publication: not a signatory, but its withdrawal is dated.
    expect(html).toMatch(/Plain Registry \(Netherlands\), withdrawn on/);
  });

  it('escapes hostile titles, names and pasted HTML, drops unsafe links, and forbids every script', async () => {
    const response = await anonymous().request('GET', `/p/${slug}`);
    const html = response.body as string;
    const csp = response.headers.get('content-security-policy')!;
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toContain('script-src');
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).not.toContain('javascript:');
    expect(html).toContain('Joint &lt;script&gt;alert(&quot;title&quot;)&lt;/script&gt; &amp; &quot;quoted&quot; statement');
    expect(html).toContain('&lt;b&gt;pasted&lt;/b&gt;&lt;script&gt;');
    expect(html).toContain('<a href="https://example.org/a?b=1&amp;c=2" rel="nofollow noopener noreferrer">safe link</a>');
    expect(html).toContain(' and bad link');
  });

  it('has a permanent link per version, an index and a valid Atom feed', async () => {
    expect((await anonymous().request('GET', `/p/${slug}/v/1`)).body as string).toContain('Permanent link to this version');
    expect((await anonymous().request('GET', `/p/${slug}/v/9`)).status).toBe(404);
    const index = (await anonymous().request('GET', '/p/')).body as string;
    expect(index).toContain(`href="/p/${slug}"`);
    const feedResponse = await anonymous().request('GET', '/p/feed.xml');
    expect(feedResponse.headers.get('content-type')).toMatch(/application\/atom\+xml/);
    const feedXml = feedResponse.body as string;
    expect(XMLValidator.validate(feedXml)).toBe(true);
    const feed = new XMLParser({ ignoreAttributes: false }).parse(feedXml) as {
      feed: { '@_xmlns': string; title: string; id: string; updated: string; entry: { title: string; id: string; updated: string } };
    };
    expect(feed.feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(feed.feed.entry.title).toBe(HOSTILE_TITLE);
    expect(feed.feed.entry.id).toBe(`${server.url}/p/${slug}`);
    expect(Date.parse(feed.feed.entry.updated)).not.toBeNaN();
  });

  it('exports Markdown and HTML with the text and the signatories', async () => {
    const markdown = (await anonymous().request('GET', `/p/${slug}.md`)).body as string;
    expect(markdown).toContain('## Our position');
    expect(markdown).toContain('We support an **open** Internet\\.');
    expect(markdown).toContain('[safe link](<https://example.org/a?b=1&c=2>)');
    expect(markdown).not.toContain('javascript:');
    expect(markdown).toContain('## Signatories');
    expect(markdown).toContain('Evil \\<img src=x onerror=alert\\(1\\)\\> Registry');
    const html = (await anonymous().request('GET', `/p/${slug}.html`)).body as string;
    expect(html).toContain('<strong>open</strong>');
    expect(html).not.toMatch(/<script/i);
  });

  it('exports a valid Word document and a PDF with pages, with the text and the signatories', async () => {
    const docx = await fetch(`${server.url}/p/${slug}.docx`);
    expect(docx.status).toBe(200);
    expect(docx.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    const zip = await JSZip.loadAsync(Buffer.from(await docx.arrayBuffer()));
    expect(Object.keys(zip.files)).toEqual(expect.arrayContaining(['[Content_Types].xml', 'word/document.xml']));
    const documentXml = await zip.file('word/document.xml')!.async('string');
    expect(XMLValidator.validate(documentXml)).toBe(true);
    for (const words of [
      'Our position',
      'We support an ',
      'open',
      'Signatories',
      'Evil &lt;img src=x onerror=alert(1)&gt; Registry',
      'Supporters',
      'Friendly Supporter',
    ]) {
      expect(documentXml, words).toContain(words);
    }
    expect(documentXml).not.toContain('javascript:');

    const pdfResponse = await fetch(`${server.url}/p/${slug}.pdf`);
    expect(pdfResponse.headers.get('content-type')).toBe('application/pdf');
    const pdf = await getDocument({ data: new Uint8Array(await pdfResponse.arrayBuffer()) }).promise;
    expect(pdf.numPages).toBeGreaterThanOrEqual(1);
    let text = '';
    for (let number = 1; number <= pdf.numPages; number++) {
      const content = await (await pdf.getPage(number)).getTextContent();
      text += content.items.map((item) => ('str' in item ? item.str : '')).join(' ');
    }
    for (const words of [
      'JOINT STATEMENT',
      'Our position',
      'Internet',
      'Signed by 1 organisation',
      'Evil <img src=x onerror=alert(1)> Registry',
      'Friendly Supporter',
    ]) {
      expect(text.replace(/\s+/g, ' '), words).toContain(words);
    }
  });

  it('keeps a withdrawn statement with a clear notice, and 404s what is not published', async () => {
    expect((await secretariat.post(`/api/statements/${statementId}/withdraw`, {})).status).toBe(200);
    const html = (await anonymous().request('GET', `/p/${slug}`)).body as string;
    expect(html).toMatch(/This statement was withdrawn on \d+ \w+ \d{4}/);
    const draft = await createStatement(secretariat, 'Still a draft');
    expect((await anonymous().request('GET', `/p/${draft.slug}`)).status).toBe(404);
    expect((await anonymous().request('GET', '/p/no-such-statement')).status).toBe(404);
  });
});
