import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CloseCode } from '../../shared/collab/protocol.ts';
import { typeInto, waitForSync } from '../support/collabClient.ts';
import { startCollabFixture, type CollabFixture } from '../support/collabFixture.ts';
import { waitFor } from '../support/waitFor.ts';

describe('becoming a drafter while the statement is open', () => {
  let fixture: CollabFixture;

  beforeAll(async () => {
    fixture = await startCollabFixture();
  });

  afterAll(async () => {
    await fixture?.dispose();
  });

  it('reconnects the read-only socket with write access', async () => {
    const member = await fixture.member();
    const drafter = await fixture.drafter();
    const memberClient = fixture.connect(member.client.cookie);
    const drafterClient = fixture.connect(drafter.client.cookie);
    await Promise.all([waitForSync(memberClient), waitForSync(drafterClient)]);

    expect((await fixture.secretariat.post(`/api/statements/${fixture.statementId}/drafters`, { userId: member.userId })).status).toBe(204);
    await waitFor(() => memberClient.closes.some((close) => close.code === CloseCode.accessChanged.code), { message: 'the access-changed close' });
    await waitForSync(memberClient);
    typeInto(memberClient.doc, 'now a drafter');
    await waitFor(() => drafterClient.text().includes('now a drafter'), { message: "the new drafter's edit to arrive" });
  });
});
