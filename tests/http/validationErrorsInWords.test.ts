import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiErrorBody } from '../../shared/api/errors.ts';
import type { ApiClient } from '../support/ApiClient.ts';
import { signInAsSecretariat } from '../support/coalition.ts';
import { startAccord, type AccordProcess } from '../support/startAccord.ts';

/** A request that fails its schema is refused in sentences, with a problem per field for the client to translate. */
describe('validation errors in words', () => {
  let server: AccordProcess;
  let secretariat: ApiClient;

  beforeAll(async () => {
    server = await startAccord();
    secretariat = await signInAsSecretariat(server);
  });

  afterAll(async () => {
    await server?.dispose();
  });

  it('says what is wrong with the title, and keeps the error shape', async () => {
    const empty = await secretariat.post<ApiErrorBody>('/api/statements', { title: '   ' });
    expect(empty.status).toBe(400);
    expect(empty.body).toEqual({ error: { code: 'bad_request', message: 'The title is required.', fields: [{ path: 'title', problem: 'required' }] } });

    const long = await secretariat.post<ApiErrorBody>('/api/statements', { title: 'x'.repeat(301) });
    expect(long.status).toBe(400);
    expect(long.body.error.message).toBe('The title can have at most 300 characters.');
    expect(long.body.error.fields).toEqual([{ path: 'title', problem: 'too_long', limit: 300 }]);
  });

  it('names an unknown field and a bad email address', async () => {
    const response = await secretariat.post<ApiErrorBody>('/api/invitations', { email: 'not an address', orgId: null, role: 'secretariat', colour: 'blue' });
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('bad_request');
    expect(response.body.error.fields).toEqual(
      expect.arrayContaining([
        { path: 'email', problem: 'invalid_email' },
        { path: 'colour', problem: 'unknown_field' },
      ]),
    );
    expect(response.body.error.message).toContain('The email is not a valid email address.');
    expect(response.body.error.message).not.toContain('Invalid input');
  });
});
