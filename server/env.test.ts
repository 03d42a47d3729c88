import { describe, expect, it } from 'vitest';
import { parseEnvironment } from './env.ts';

describe('parseEnvironment', () => {
  it('uses the documented defaults', () => {
    const env = parseEnvironment({});
    expect(env).toMatchObject({ PORT: 3000, HOST: '127.0.0.1', ACCORD_SQLITE_SYNCHRONOUS: 'full', TRUST_PROXY: false });
    expect(env.DATA_DIR).toMatch(/\/data$/);
    expect(env).toMatchObject({
      ACCORD_MAX_DOCX_BYTES: 10 * 1024 * 1024,
      ACCORD_MAX_DOCX_ENTRIES: 2_000,
      ACCORD_MAX_DOCX_ENTRY_BYTES: 20 * 1024 * 1024,
      ACCORD_MAX_DOCX_UNPACKED_BYTES: 60 * 1024 * 1024,
      ACCORD_MAX_DOCX_COMPRESSION_RATIO: 200,
    });
  });

  it('names every bad variable', () => {
    expect(() => parseEnvironment({ PORT: 'eighty', ACCORD_SQLITE_SYNCHRONOUS: 'sometimes' })).toThrow(/PORT[\s\S]*ACCORD_SQLITE_SYNCHRONOUS/);
  });

  it('wants the first admin e-mail and password together', () => {
    expect(() => parseEnvironment({ ACCORD_ADMIN_EMAIL: 'a@example.org' })).toThrow(/together/);
  });
});
