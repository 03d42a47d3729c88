import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectCollab, typeInto, waitForSync } from '../support/collabClient.ts';
import { startCollabFixture, type CollabFixture } from '../support/collabFixture.ts';
import { readStoredDocument } from '../support/readStoredDocument.ts';
import { fragmentText } from '../support/collabClient.ts';
import { waitFor } from '../support/waitFor.ts';

describe('a member who is not a drafter', () => {
  let fixture: CollabFixture;

  beforeAll(async () => {
    fixture = await startCollabFixture();
  });

  afterAll(async () => {
    await fixture?.dispose();
  });

  it('receives live edits but what it sends is never forwarded or stored', async () => {
    const drafter = await fixture.drafter();
    const member = await fixture.member();
    const drafterClient = fixture.connect(drafter.client.cookie);
    const memberClient = fixture.connect(member.client.cookie);
    await Promise.all([waitForSync(drafterClient), waitForSync(memberClient)]);

    typeInto(memberClient.doc, 'MEMBER-WAS-HERE ');
    typeInto(drafterClient.doc, 'drafted text');
    // The drafter's later edit reaches the member, so the member's earlier one had every chance to arrive.
    await waitFor(() => memberClient.text().includes('drafted text'), { message: "the drafter's edit at the member" });
    expect(drafterClient.text()).not.toContain('MEMBER-WAS-HERE');

    const late = fixture.connect(drafter.client.cookie);
    await waitForSync(late);
    expect(late.text()).toContain('drafted text');
    expect(late.text()).not.toContain('MEMBER-WAS-HERE');

    drafterClient.destroy();
    memberClient.destroy();
    late.destroy();
    fixture.server = await fixture.server.restart();
    const stored = await readStoredDocument(fixture.server, fixture.statementId);
    expect(fragmentText(stored.doc)).toContain('drafted text');
    expect(fragmentText(stored.doc)).not.toContain('MEMBER-WAS-HERE');

    const afterRestart = connectCollab(fixture.server.wsUrl, fixture.statementId, drafter.client.cookie);
    await waitForSync(afterRestart);
    expect(afterRestart.text()).toContain('drafted text');
    expect(afterRestart.text()).not.toContain('MEMBER-WAS-HERE');
    afterRestart.destroy();
  });
});
