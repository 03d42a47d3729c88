import { describe, expect, it } from 'vitest';
import { parseEnvironment } from './env.ts';

describe('parseEnvironment', () => {
  it('uses the documented defaults', () => {
    const env = parseEnvironment({});
    expect(env).toMatchObject({ PORT: 3000, HOST: '127.0.0.1', ACCORD_SQLITE_SYNCHRONOUS: 'full', TRUST_PROXY: false });
    expect(env.DATA_DIR).toMatch(/\/data$/);
  });

  it('names every bad variable', () => {
    expect(() => parseEnvironment({ PORT: 'eighty', ACCORD_SQLITE_SYNCHRONOUS: 'sometimes' })).toThrow(/PORT[\s\S]*ACCORD_SQLITE_SYNCHRONOUS/);
  });

  it('wants the first admin e-mail and password together', () => {
    expect(() => parseEnvironment({ ACCORD_ADMIN_EMAIL: 'a@example.org' })).toThrow(/together/);
  });
});
