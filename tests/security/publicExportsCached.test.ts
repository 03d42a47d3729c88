import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agreeToPurpose, createContact, createOrganisation, createStatement, signInAsSecretariat, type Contact } from '../support/coalition.ts';
import { connectCollab, typeInto, waitForSync } from '../support/collabClient.ts';
import { startAccord, type AccordProcess } from '../support/startAccord.ts';
import { waitForStoredText } from '../support/waitForStoredText.ts';
import type { ApiClient } from '../support/ApiClient.ts';

/** Renders the server logged at debug level, by route (`statement <id> newest pdf`, `index`…). */
function rendersOf(server: AccordProcess, routeEnd: string): number {
  return server.output.filter((line) => {
    try {
      const entry = JSON.parse(line) as { msg?: string; key?: string };
      return entry.msg === 'export rendered' && entry.key?.endsWith(routeEnd) === true;
    } catch {
      return false;
    }
  }).length;
}

async function publishedStatement(
  server: AccordProcess,
  secretariat: ApiClient,
  title: string,
  openAfterPublication = false,
): Promise<{ id: string; slug: string }> {
  const statement = await createStatement(secretariat, title);
  const editor = connectCollab(server.wsUrl, statement.id, secretariat.cookie);
  await waitForSync(editor);
  typeInto(editor.doc, 'Registries keep the Internet open.');
  await waitForStoredText(server.wsUrl, statement.id, secretariat.cookie, 'Internet open');
  editor.destroy();
  if (openAfterPublication) expect((await secretariat.patch(`/api/statements/${statement.id}/settings`, { openAfterPublication: true })).status).toBe(204);
  expect((await secretariat.post(`/api/statements/${statement.id}/freeze`, {})).status).toBe(200);
  expect((await secretariat.post(`/api/statements/${statement.id}/publish`, {})).status).toBe(200);
  return statement;
}

/**
 * Finding M9: every anonymous request rendered the PDF or Word file (and the index and feed) again,
 * on the event loop every editor shares. Now public answers are cached per published version and
 * signature set, with strong ETags, and renders are budgeted per address.
 */
describe('public exports are cached', () => {
  let server: AccordProcess;
  let secretariat: ApiClient;
  let signatory: Contact;
  let statement: { id: string; slug: string };

  beforeAll(async () => {
    server = await startAccord({ env: { LOG_LEVEL: 'debug' } });
    secretariat = await signInAsSecretariat(server);
    const orgId = await createOrganisation(secretariat, { name: 'Late Signing Registry' });
    signatory = await createContact(server, secretariat, { orgId, role: 'signatory' });
    await agreeToPurpose(signatory, orgId);
    statement = await publishedStatement(server, secretariat, 'Cached statement', true);
  });

  afterAll(async () => {
    await server?.dispose();
  });

  it('serves an export storm of 200 anonymous requests from cache: each file rendered once', async () => {
    const urls = Array.from({ length: 200 }, (_, index) => `${server.url}/p/${statement.slug}.${index % 2 === 0 ? 'pdf' : 'docx'}`);
    const answers = await Promise.all(
      urls.map(async (url) => {
        const response = await fetch(url);
        const bytes = (await response.arrayBuffer()).byteLength;
        return { url, status: response.status, cache: response.headers.get('x-accord-cache'), etag: response.headers.get('etag'), bytes };
      }),
    );
    expect(answers.every((answer) => answer.status === 200 && answer.bytes > 0)).toBe(true);
    for (const format of ['pdf', 'docx']) {
      const ofFormat = answers.filter((answer) => answer.url.endsWith(format));
      expect(
        ofFormat.filter((answer) => answer.cache === 'miss'),
        format,
      ).toHaveLength(1);
      expect(new Set(ofFormat.map((answer) => answer.etag)).size, format).toBe(1);
      expect(ofFormat[0]!.etag).toMatch(/^"[A-Za-z0-9_-]+"$/);
      expect(rendersOf(server, `newest ${format}`), format).toBe(1);
    }
  });

  it('answers If-None-Match with 304, and renders again after a signature and after withdrawal', async () => {
    const url = `${server.url}/p/${statement.slug}`;
    const first = await fetch(url);
    const etag = first.headers.get('etag')!;
    expect(first.status).toBe(200);
    const unchanged = await fetch(url, { headers: { 'If-None-Match': etag } });
    expect(unchanged.status).toBe(304);
    expect(await unchanged.text()).toBe('');

    const hash = (await secretariat.get<{ finalVersion: { hash: string } }>(`/api/statements/${statement.id}`)).body.finalVersion.hash;
    expect((await signatory.client.post(`/api/statements/${statement.id}/signatures`, { hash })).status).toBe(201);
    const signed = await fetch(url, { headers: { 'If-None-Match': etag } });
    expect(signed.status).toBe(200);
    expect(signed.headers.get('x-accord-cache')).toBe('miss');
    expect(await signed.text()).toContain('Late Signing Registry');

    const feedBefore = (await fetch(`${server.url}/p/feed.xml`)).headers.get('etag');
    expect((await secretariat.post(`/api/statements/${statement.id}/withdraw`, {})).status).toBe(200);
    const withdrawn = await fetch(url, { headers: { 'If-None-Match': signed.headers.get('etag')! } });
    expect(withdrawn.status).toBe(200);
    expect(await withdrawn.text()).toContain('This statement was withdrawn');
    expect((await fetch(`${server.url}/p/feed.xml`)).headers.get('etag')).not.toBe(feedBefore);
  });
});

describe('public renders are limited per address', () => {
  let server: AccordProcess;

  afterAll(async () => {
    await server?.dispose();
  });

  it('answers 429 with Retry-After once an address used its renders, and still serves what is cached', async () => {
    server = await startAccord({ env: { ACCORD_PUBLIC_REQUESTS_PER_MINUTE: '3' } });
    const secretariat = await signInAsSecretariat(server);
    const { slug } = await publishedStatement(server, secretariat, 'Limited statement');
    for (const suffix of ['', '.md', '.html']) expect((await fetch(`${server.url}/p/${slug}${suffix}`)).status, suffix).toBe(200);
    const refused = await fetch(`${server.url}/p/${slug}.pdf`);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await refused.text()).toContain('Too many requests');
    const cached = await fetch(`${server.url}/p/${slug}`);
    expect(cached.status).toBe(200);
    expect(cached.headers.get('x-accord-cache')).toBe('hit');
  });
});
