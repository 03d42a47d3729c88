import { strToU8 } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CollabFixture, startCollabFixture } from '../support/collabFixture.ts';
import { waitForStoredText } from '../support/waitForStoredText.ts';
import { buildDraftDocx } from './buildFixture.ts';
import { postDocx } from './postDocx.ts';

interface Refusal {
  error: { code: string; message: string };
}

interface Replaced {
  version: number;
  report: { suggestions: number; threads: number; dropped: { what: string; count: number; where: string }[] };
}

describe('a Word import speaks the reader’s language', () => {
  let fixture: CollabFixture;

  beforeAll(async () => {
    fixture = await startCollabFixture();
    expect((await fixture.secretariat.request('PUT', '/api/me/language', { language: 'fr' })).status).toBe(200);
  });

  afterAll(async () => {
    await fixture?.dispose();
  });

  it('refuses a file that is not a Word document in French, and another content type too', async () => {
    const notZip = await postDocx<Refusal>(fixture.secretariat, '/api/statements/import?title=Texte', strToU8('du texte, pas un document Word'));
    expect(notZip.status).toBe(400);
    expect(notZip.body.error.message).toBe('Ce n’est pas un document Word qu’Accord peut lire\u202f: ce n’est pas un fichier zip');

    const wrongType = await postDocx<Refusal>(fixture.secretariat, '/api/statements/import?title=Texte', await buildDraftDocx(), 'application/octet-stream');
    expect(wrongType.status).toBe(415);
    expect(wrongType.body.error.message).toMatch(/^Envoyez le document Word lui-même/);
  });

  it('lists what it leaves out, heads the footnotes and names the version kept before it in French', async () => {
    const response = await postDocx<Replaced>(fixture.secretariat, `/api/statements/${fixture.statementId}/import`, await buildDraftDocx());
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    expect(response.body.report.dropped).toEqual(
      expect.arrayContaining([
        { what: 'image', count: 1, where: 'corps du texte' },
        { what: 'tableau', count: 1, where: 'corps du texte' },
        { what: 'lien non sûr (son texte est conservé)', count: 1, where: 'corps du texte' },
      ]),
    );

    const versions = (await fixture.secretariat.get<{ number: number; name: string }[]>(`/api/statements/${fixture.statementId}/versions`)).body;
    expect(versions.find((version) => version.number === response.body.version)?.name).toBe('Avant l’import Word');

    await waitForStoredText(fixture.server.wsUrl, fixture.statementId, fixture.secretariat.cookie, 'Notes de bas de page (importées de Word)');
  });
});

describe('a Word import past the thread limit', () => {
  let fixture: CollabFixture;

  beforeAll(async () => {
    fixture = await startCollabFixture({ env: { ACCORD_MAX_THREADS_PER_STATEMENT: '2' } });
    expect((await fixture.secretariat.request('PUT', '/api/me/language', { language: 'fr' })).status).toBe(200);
  });

  afterAll(async () => {
    await fixture?.dispose();
  });

  it('is refused in French, with what the file brings and the limit', async () => {
    // The draft brings three tracked changes and a comment: four threads where two are allowed.
    const response = await postDocx<Refusal>(fixture.secretariat, '/api/statements/import?title=Texte', await buildDraftDocx());
    expect(response.status).toBe(413);
    expect(response.body.error.message).toBe(
      'Ce document Word apporte 4 commentaires et modifications suivies\u202f: la déclaration aurait 4 fils de discussion et suggestions, pour 2 au plus. Résolvez-en quelques-uns, ou importez un document plus court',
    );
  });
});
