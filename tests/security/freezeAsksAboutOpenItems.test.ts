import * as Y from 'yjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StatementView } from '../../shared/api/types.ts';
import { TEXT_FRAGMENT } from '../../shared/collab/protocol.ts';
import { connectCollab, waitForSync } from '../support/collabClient.ts';
import { openTestDatabase } from '../support/testDatabase.ts';
import { signOnFixture, type SignOnFixture } from '../support/signOnFixture.ts';
import { waitForStoredText } from '../support/waitForStoredText.ts';

// Finding 5 / L7: freezing refuses an empty text and content the editor schema cannot hold, and asks
// the secretariat about open suggestions and threads before freezing over them.
describe('freezing asks about open items', () => {
  let fixture: SignOnFixture;
  const freeze = (id: string, body: object = {}) =>
    fixture.secretariat.post<{ error?: { code: string; message: string }; number?: number }>(`/api/statements/${id}/freeze`, body);
  const stage = async (id: string) => (await fixture.secretariat.get<StatementView>(`/api/statements/${id}`)).body.stage;

  beforeAll(async () => {
    fixture = await signOnFixture(1);
  });
  afterAll(() => fixture?.stop());

  it('refuses an empty statement', async () => {
    const id = await fixture.newStatement('Nothing written');
    const answer = await freeze(id);
    expect(answer.status).toBe(409);
    expect(answer.body.error?.code).toBe('empty_text');
    expect(await stage(id)).toBe('drafting');
  });

  it('refuses content the editor schema does not hold (L7)', async () => {
    const id = await fixture.newStatement('Hostile content');
    const editor = connectCollab(fixture.server.wsUrl, id, fixture.drafter.client.cookie);
    await waitForSync(editor);
    editor.doc.transact(() => {
      const unknown = new Y.XmlElement('marquee');
      unknown.insert(0, [new Y.XmlText('Not in the schema')]);
      editor.doc.getXmlFragment(TEXT_FRAGMENT).insert(0, [unknown]);
    });
    await waitForStoredText(fixture.server.wsUrl, id, fixture.secretariat.cookie, 'Not in the schema');
    editor.destroy();
    const answer = await freeze(id);
    expect(answer.status).toBe(409);
    expect(answer.body.error?.code).toBe('invalid_content');
    expect(await stage(id)).toBe('drafting');
    expect((await fixture.secretariat.get<unknown[]>(`/api/statements/${id}/versions`)).body).toEqual([]);
  });

  it('names the open suggestions and threads, and freezes over them only when told to carry them over', async () => {
    const id = await fixture.newStatement('Open items');
    await fixture.writeStructured(id);
    await fixture.openThread(id, 'suggestion', 'Local law prevails', 'Peruvian law prevails');
    await fixture.openThread(id, 'suggestion', 'First point', 'The first point');
    await fixture.openThread(id, 'comment', 'Second point');

    const asked = await freeze(id);
    expect(asked.status).toBe(409);
    expect(asked.body.error?.code).toBe('open_items');
    expect(asked.body.error?.message).toContain('2 suggestions and 1 comment thread are still open');
    expect(await stage(id)).toBe('drafting');

    const frozen = await fixture.secretariat.post<{ number: number; carriedOver: { suggestions: number; threads: number } }>(`/api/statements/${id}/freeze`, {
      carryOver: true,
    });
    expect(frozen.status).toBe(200);
    expect(frozen.body.carriedOver).toEqual({ suggestions: 2, threads: 1 });
    expect(await stage(id)).toBe('sign-on');
    // The carried-over counts are on the record, with the version and its hash.
    const database = openTestDatabase(fixture.server);
    try {
      const row = await database.get<{ details: string }>(
        `SELECT details FROM audit_log WHERE subject_id = ? AND action = 'statement.stageChanged' ORDER BY sequence DESC LIMIT 1`,
        id,
      );
      expect(JSON.parse(row!.details)).toMatchObject({
        from: 'drafting',
        to: 'sign-on',
        version: frozen.body.number,
        carriedOver: { suggestions: 2, threads: 1 },
      });
    } finally {
      await database.close();
    }
  });
});
