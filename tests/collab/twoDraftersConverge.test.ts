import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../support/ApiClient.ts';
import { connectCollab, typeInto, waitForSync, type CollabClient } from '../support/collabClient.ts';
import { createDrafter, createOrganisation, createStatement, signInAsSecretariat } from '../support/coalition.ts';
import { startAccord, type AccordProcess } from '../support/startAccord.ts';
import { waitFor } from '../support/waitFor.ts';

describe('two drafters typing at once', () => {
  let server: AccordProcess;
  let secretariat: ApiClient;
  const clients: CollabClient[] = [];

  beforeAll(async () => {
    server = await startAccord();
    secretariat = await signInAsSecretariat(server);
  });

  afterAll(async () => {
    for (const client of clients) client.destroy();
    await server.dispose();
  });

  it('converge on the same text, with every word from both', async () => {
    const orgId = await createOrganisation(secretariat);
    const statement = await createStatement(secretariat);
    const ada = await createDrafter(server, secretariat, statement.id, orgId);
    const bob = await createDrafter(server, secretariat, statement.id, orgId);
    const first = connectCollab(server.wsUrl, statement.id, ada.client.cookie);
    const second = connectCollab(server.wsUrl, statement.id, bob.client.cookie);
    clients.push(first, second);
    await Promise.all([waitForSync(first), waitForSync(second)]);

    const words = 40;
    for (let index = 0; index < words; index++) {
      typeInto(first.doc, `a${index} `);
      typeInto(second.doc, `b${index} `);
    }

    await waitFor(() => first.text() === second.text() && first.text().split(' ').filter(Boolean).length === words * 2, {
      message: 'both documents to hold all 80 words',
    });
    for (let index = 0; index < words; index++) {
      expect(first.text()).toContain(`a${index} `);
      expect(first.text()).toContain(`b${index} `);
    }
  });
});
