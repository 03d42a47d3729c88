import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ThreadView } from '../../shared/api/types.ts';
import { waitForSync } from '../support/collabClient.ts';
import { type CollabFixture, startCollabFixture } from '../support/collabFixture.ts';
import { writeParagraphs } from '../support/textAnchors.ts';
import { waitFor } from '../support/waitFor.ts';
import { waitForStoredText } from '../support/waitForStoredText.ts';
import { buildDraftDocx } from './buildFixture.ts';
import { postDocx } from './postDocx.ts';

describe('replacing a drafting statement from a Word file', () => {
  let fixture: CollabFixture;

  beforeAll(async () => {
    fixture = await startCollabFixture();
  });

  afterAll(async () => {
    await fixture?.dispose();
  });

  it('keeps a version of the old text, changes the live text where editors see it, and opens the threads', async () => {
    const editor = fixture.connect(fixture.secretariat.cookie);
    await waitForSync(editor);
    writeParagraphs(editor.doc, ['The old text, before the Word file.']);
    await waitForStoredText(fixture.server.wsUrl, fixture.statementId, fixture.secretariat.cookie, 'The old text');

    const response = await postDocx<{ version: number; report: { suggestions: number; threads: number } }>(
      fixture.secretariat,
      `/api/statements/${fixture.statementId}/import`,
      await buildDraftDocx(),
    );
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    expect(response.body.report).toMatchObject({ suggestions: 3, threads: 1 });

    await waitFor(() => editor.text().includes('We ask governments to act slowly and never to listen.'), { message: 'the imported text in the open editor' });
    expect(editor.text()).not.toContain('The old text');

    const versions = (await fixture.secretariat.get<{ number: number; name: string }[]>(`/api/statements/${fixture.statementId}/versions`)).body;
    expect(versions.map((version) => version.name)).toContain('Before the Word import');

    const threads = (await fixture.secretariat.get<ThreadView[]>(`/api/statements/${fixture.statementId}/threads`)).body;
    expect(threads.map((thread) => [thread.kind, thread.quote, thread.orphaned])).toEqual([
      ['suggestion', 'act slowly', false],
      ['suggestion', 'never ', false],
      ['suggestion', '', false],
      ['comment', 'registries must stay neutral', false],
    ]);
  });

  it('previews without changing anything', async () => {
    const before = (await fixture.secretariat.get<ThreadView[]>(`/api/statements/${fixture.statementId}/threads`)).body.length;
    const response = await postDocx(fixture.secretariat, `/api/statements/${fixture.statementId}/import?preview=1`, await buildDraftDocx());
    expect(response.status).toBe(200);
    expect((await fixture.secretariat.get<ThreadView[]>(`/api/statements/${fixture.statementId}/threads`)).body.length).toBe(before);
  });

  it('refuses a member who may not edit the text', async () => {
    const member = await fixture.member();
    const response = await postDocx(member.client, `/api/statements/${fixture.statementId}/import`, await buildDraftDocx());
    expect(response.status).toBe(403);
  });
});
