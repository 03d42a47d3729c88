import { zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../support/ApiClient.ts';
import { signInAsSecretariat } from '../support/coalition.ts';
import { type AccordProcess, startAccord } from '../support/startAccord.ts';
import { buildDraftDocx } from './buildFixture.ts';
import { postDocx } from './postDocx.ts';

describe('the Word import limits are settings', () => {
  let server: AccordProcess;
  let secretariat: ApiClient;

  beforeAll(async () => {
    // Far below the defaults (10 MiB, 2000 files), which take both files below.
    server = await startAccord({ env: { ACCORD_MAX_DOCX_BYTES: '8192', ACCORD_MAX_DOCX_ENTRIES: '20' } });
    secretariat = await signInAsSecretariat(server);
  });

  afterAll(async () => {
    await server?.dispose();
  });

  const statementCount = async () => (await secretariat.get<unknown[]>('/api/statements')).body.length;

  it('refuses a file over ACCORD_MAX_DOCX_BYTES with a 413, creating nothing', async () => {
    const docx = await buildDraftDocx();
    expect(docx.length).toBeGreaterThan(8192);
    const before = await statementCount();
    const response = await postDocx<{ error: { message: string } }>(secretariat, '/api/statements/import?title=Too%20big', docx);
    expect(response.status).toBe(413);
    expect(response.body.error.message).toMatch(/too large/i);
    expect(await statementCount()).toBe(before);
  });

  it('refuses a zip of more files than ACCORD_MAX_DOCX_ENTRIES with a 413', async () => {
    const files: Record<string, Uint8Array> = {};
    for (let index = 0; index < 25; index++) files[`word/part${index}.xml`] = new Uint8Array(0);
    const zip = zipSync(files);
    expect(zip.length).toBeLessThan(8192);
    const response = await postDocx<{ error: { message: string } }>(secretariat, '/api/statements/import?title=Many%20files', zip);
    expect(response.status).toBe(413);
    expect(response.body.error.message).toMatch(/more than 20 files/);
  });
});
