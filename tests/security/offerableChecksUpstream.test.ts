import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../support/ApiClient.ts';
import { createContact, createOrganisation, createStatement, signInAsSecretariat, type Contact } from '../support/coalition.ts';
import { connectCollab, waitForSync } from '../support/collabClient.ts';
import { startAccord, type AccordProcess } from '../support/startAccord.ts';
import { textNodes } from '../support/textAnchors.ts';
import { waitForStoredText } from '../support/waitForStoredText.ts';
import { writeStoredText } from '../support/writeStoredText.ts';

/**
 * M1: `GET …/offerable` answered with the upstream's current passages without asking whether the
 * caller may still read the upstream. Organisation B forked A's shared fork; A unshared it and kept
 * drafting; B read A's new text through its own fork's offerable changes.
 */
describe("a fork's offerable changes never read an upstream the caller may not", () => {
  let server: AccordProcess;
  let secretariat: ApiClient;
  let contactA: Contact;
  let contactB: Contact;

  beforeAll(async () => {
    server = await startAccord();
    secretariat = await signInAsSecretariat(server);
    const [orgA, orgB] = [await createOrganisation(secretariat), await createOrganisation(secretariat)];
    contactA = await createContact(server, secretariat, { orgId: orgA });
    contactB = await createContact(server, secretariat, { orgId: orgB });
  });

  afterAll(async () => {
    await server?.dispose();
  });

  it('answers 404 once the upstream fork is no longer shared with the caller', async () => {
    const { id: statementId } = await createStatement(secretariat, 'Joint statement on registration data');
    await writeStoredText(server.wsUrl, statementId, secretariat.cookie, ['Registries publish accurate data.']);
    const forkA = (await contactA.client.post<{ id: string }>(`/api/statements/${statementId}/forks`, {})).body.id;
    expect((await contactA.client.post(`/api/statements/${forkA}/sharing`, { shared: true })).status).toBe(204);
    const forkB = (await contactB.client.post<{ id: string }>(`/api/statements/${forkA}/forks`, {})).body.id;

    expect((await contactA.client.post(`/api/statements/${forkA}/sharing`, { shared: false })).status).toBe(204);
    // A keeps drafting privately; B changes its own copy of the same passage.
    for (const [id, client, words] of [
      [forkA, contactA.client, 'CONFIDENTIAL national position'],
      [forkB, contactB.client, 'B adds a sentence'],
    ] as const) {
      const editor = connectCollab(server.wsUrl, id, client.cookie);
      try {
        await waitForSync(editor);
        editor.doc.transact(() => textNodes(editor.doc)[0]!.insert(0, `${words}. `));
        await waitForStoredText(server.wsUrl, id, client.cookie, words);
      } finally {
        editor.destroy();
      }
    }

    const offerable = await contactB.client.get(`/api/statements/${forkB}/offerable`);
    expect(offerable.status).toBe(404);
    expect(JSON.stringify(offerable.body)).not.toContain('CONFIDENTIAL');
  });
});
