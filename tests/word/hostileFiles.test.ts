import { strToU8, unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../support/ApiClient.ts';
import { signInAsSecretariat } from '../support/coalition.ts';
import { type AccordProcess, startAccord } from '../support/startAccord.ts';
import { storedRowCounts } from '../support/rowCounts.ts';
import { buildDraftDocx } from './buildFixture.ts';
import { postDocx } from './postDocx.ts';

/** The fixture with one part replaced. */
async function withPart(name: string, content: Uint8Array): Promise<Uint8Array> {
  const files = unzipSync(await buildDraftDocx());
  files[name] = new Uint8Array(content);
  return zipSync(files);
}

describe('hostile Word files are refused, and nothing is created', () => {
  let server: AccordProcess;
  let secretariat: ApiClient;

  beforeAll(async () => {
    server = await startAccord();
    secretariat = await signInAsSecretariat(server);
  });

  afterAll(async () => {
    await server?.dispose();
  });

  const storedCounts = () => storedRowCounts(server, { statements: 'statements', threads: 'threads' });

  const refuses = async (bytes: Uint8Array, status: number, message: RegExp, contentType?: string) => {
    const before = await storedCounts();
    const response = await postDocx<{ error: { message: string } }>(secretariat, '/api/statements/import?title=Hostile', bytes, contentType);
    expect(response.status, JSON.stringify(response.body)).toBe(status);
    expect(response.body.error.message).toMatch(message);
    expect(await storedCounts()).toEqual(before);
  };

  it('refuses a zip bomb (a tiny zip of a huge zeroed document) before inflating it', async () => {
    const bomb = zipSync({ 'word/document.xml': new Uint8Array(64 * 1024 * 1024) }, { level: 9 });
    expect(bomb.length).toBeLessThan(200_000);
    await refuses(bomb, 413, /too large to import/);
  });

  it('refuses a DOCTYPE with an external entity', async () => {
    const xxe = strToU8(
      '<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY secret SYSTEM "file:///etc/passwd">]>' +
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&secret;</w:t></w:r></w:p></w:body></w:document>',
    );
    await refuses(await withPart('word/document.xml', xxe), 400, /DOCTYPE/);
  });

  it('refuses a body over the size limit with a 413', async () => {
    await refuses(new Uint8Array(20 * 1024 * 1024), 413, /too large/i);
  });

  it('refuses what is not a zip', async () => {
    await refuses(strToU8('just some text, not a Word document'), 400, /not a zip/);
  });

  it('refuses truncated XML', async () => {
    const files = unzipSync(await buildDraftDocx());
    const document = files['word/document.xml']!;
    await refuses(await withPart('word/document.xml', document.slice(0, Math.floor(document.length / 2))), 400, /not well-formed XML/);
  });

  it('refuses another content type with a 415', async () => {
    await refuses(await buildDraftDocx(), 415, /Content-Type/, 'application/octet-stream');
  });

  it('accepts the same fixture untouched (the refusals are about the hostile parts)', async () => {
    const response = await postDocx(secretariat, '/api/statements/import?title=Fine', await buildDraftDocx());
    expect(response.status).toBe(201);
  });
});
