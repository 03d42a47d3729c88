import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PublishCheckView, StatementView, TallyRowView } from '../../shared/api/types.ts';
import { connectCollab, waitForSync } from '../support/collabClient.ts';
import { signOnFixture, type SignOnFixture } from '../support/signOnFixture.ts';
import { textNodes } from '../support/textAnchors.ts';
import { waitForStoredText } from '../support/waitForStoredText.ts';

// Finding 5: an organisation that withdrew showed as "undecided", and none could decline. The tally
// now tells signed, declined, withdrawn, to re-confirm and undecided apart, and publishing is asked
// with those numbers and the deadline.
describe('declining, and a tally that tells every decision apart', () => {
  let fixture: SignOnFixture;
  let id: string;
  const hash = async () => (await fixture.secretariat.get<StatementView>(`/api/statements/${id}`)).body.finalVersion!.hash;
  const tally = async () => new Map((await fixture.secretariat.get<TallyRowView[]>(`/api/statements/${id}/tally`)).body.map((row) => [row.org.name, row]));

  beforeAll(async () => {
    fixture = await signOnFixture(6);
    id = await fixture.newStatement();
    await fixture.writeStructured(id);
    expect((await fixture.secretariat.post(`/api/statements/${id}/freeze`, {})).status).toBe(200);
  });
  afterAll(() => fixture?.stop());

  it('lets a signatory decline, with a reason only the secretariat reads; a plain contact cannot', async () => {
    const [, b] = fixture.orgs;
    expect((await b!.contact.client.post(`/api/statements/${id}/declines`, { reason: 'Board said no' })).status).toBe(403);
    expect((await b!.signatory.client.post(`/api/statements/${id}/declines`, { reason: 'Board said no' })).status).toBe(201);
    expect((await b!.signatory.client.get(`/api/statements/${id}/tally`)).status).toBe(403);
    expect((await b!.signatory.client.get<{ declined: boolean }>(`/api/statements/${id}/declines/ours`)).body.declined).toBe(true);
    expect((await tally()).get('Member B')).toMatchObject({ status: 'declined', declineReason: 'Board said no' });
  });

  it('declining after signing withdraws the signature; signing again replaces the decline', async () => {
    const [, , c] = fixture.orgs;
    expect((await c!.signatory.client.post(`/api/statements/${id}/signatures`, { hash: await hash() })).status).toBe(201);
    expect((await c!.signatory.client.post(`/api/statements/${id}/declines`, {})).status).toBe(201);
    expect((await tally()).get('Member C')).toMatchObject({ status: 'declined', declineReason: null });
    expect((await c!.signatory.client.post(`/api/statements/${id}/signatures`, { hash: await hash() })).status).toBe(201);
    expect((await tally()).get('Member C')).toMatchObject({ status: 'signed' });
  });

  it('tells signed, declined, withdrawn, to re-confirm and undecided apart, and counts them for publishing', async () => {
    const [a, , , d, e] = fixture.orgs;
    // E signs the first final version; after a reopen and a new final text it has to re-confirm.
    expect((await e!.signatory.client.post(`/api/statements/${id}/signatures`, { hash: await hash() })).status).toBe(201);
    expect((await fixture.secretariat.post(`/api/statements/${id}/reopen`, {})).status).toBe(200);
    const editor = connectCollab(fixture.server.wsUrl, id, fixture.drafter.client.cookie);
    await waitForSync(editor);
    editor.doc.transact(() => textNodes(editor.doc)[0]!.insert(0, 'Revised: '));
    await waitForStoredText(fixture.server.wsUrl, id, fixture.secretariat.cookie, 'Revised:');
    editor.destroy();
    expect((await fixture.secretariat.post(`/api/statements/${id}/freeze`, {})).status).toBe(200);
    expect((await fixture.orgs[1]!.signatory.client.post(`/api/statements/${id}/declines`, { reason: 'Still no' })).status).toBe(201);
    expect((await a!.signatory.client.post(`/api/statements/${id}/signatures`, { hash: await hash() })).status).toBe(201);
    expect((await d!.signatory.client.post(`/api/statements/${id}/signatures`, { hash: await hash() })).status).toBe(201);
    expect((await d!.signatory.client.delete(`/api/statements/${id}/signatures`)).status).toBe(204);

    const rows = await tally();
    expect(rows.get('Member A')?.status).toBe('signed');
    expect(rows.get('Member B')?.status).toBe('declined');
    expect(rows.get('Member D')?.status).toBe('withdrawn');
    expect(rows.get('Member E')).toMatchObject({ status: 'pending-reconfirmation', signedVersion: 1 });
    expect(rows.get('Member F')?.status).toBe('undecided');

    const deadline = new Date(Date.now() + 5 * 24 * 3600 * 1000).toISOString();
    expect((await fixture.secretariat.patch(`/api/statements/${id}/settings`, { signOnDeadline: deadline })).status).toBe(204);
    const check = await fixture.secretariat.get<PublishCheckView>(`/api/statements/${id}/publish-check`);
    expect(check.status).toBe(200);
    // C signed version 1 only (its re-signature was of version 1 too), the drafting org never did.
    expect(check.body.counts).toMatchObject({ signed: 1, declined: 1, withdrawn: 1 });
    expect(check.body.counts['pending-reconfirmation'] + check.body.counts.undecided).toBe(rows.size - 3);
    expect(check.body.signOnDeadline).toBe(deadline);
    expect((await fixture.orgs[0]!.signatory.client.get(`/api/statements/${id}/publish-check`)).status).toBe(403);
  });
});
