import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SignatureView, StatementView } from '../../shared/api/types.ts';
import { statementPolicy } from '../../shared/permissions/statementPolicy.ts';
import { signOnFixture, type SignOnFixture } from '../support/signOnFixture.ts';

// Finding 5: a plain contact could withdraw the signature its organisation's signatory gave.
describe('only a signatory withdraws its organisation', () => {
  let fixture: SignOnFixture;
  let id: string;

  beforeAll(async () => {
    fixture = await signOnFixture(1);
    id = await fixture.newStatement();
    await fixture.writeStructured(id);
    expect((await fixture.secretariat.post(`/api/statements/${id}/freeze`, {})).status).toBe(200);
  });
  afterAll(() => fixture?.stop());

  it('refuses a plain contact (403) and leaves the signature listed; the signatory withdraws', async () => {
    const [org] = fixture.orgs;
    const hash = (await fixture.secretariat.get<StatementView>(`/api/statements/${id}`)).body.finalVersion!.hash;
    expect((await org!.signatory.client.post(`/api/statements/${id}/signatures`, { hash })).status).toBe(201);
    const refused = await org!.contact.client.delete<{ error: { code: string } }>(`/api/statements/${id}/signatures`);
    expect(refused.status).toBe(403);
    const listed = async () => (await fixture.secretariat.get<SignatureView[]>(`/api/statements/${id}/signatures`)).body.map((signature) => signature.org.id);
    expect(await listed()).toContain(org!.id);
    expect((await org!.signatory.client.delete(`/api/statements/${id}/signatures`)).status).toBe(204);
    expect(await listed()).not.toContain(org!.id);
  });

  it('is granted by the statement policy to signatories only', () => {
    const open = { stage: 'sign-on', ownerOrgId: null, shared: true, drafterIds: [], whoMaySign: 'members', signOnOpen: true } as const;
    const contact = { userId: 'u', accountRole: 'contact', orgId: 'o', orgCategory: 'member', agreedPurpose: true } as const;
    expect(statementPolicy(contact, open)).not.toContain('statement.withdrawSignature');
    expect(statementPolicy({ ...contact, accountRole: 'signatory' }, open)).toContain('statement.withdrawSignature');
  });
});
