import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContact, createOrganisation, createStatement, signInAsSecretariat, type Contact } from '../support/coalition.ts';
import { connectCollab, waitForSync, type CollabClient } from '../support/collabClient.ts';
import { convertToPdf } from '../support/libreOffice.ts';
import { pdfText } from '../support/poppler.ts';
import { startAccord, type AccordProcess } from '../support/startAccord.ts';
import { textNodes, writeParagraphs } from '../support/textAnchors.ts';
import { waitFor } from '../support/waitFor.ts';
import { readDocxXml } from './readDocxXml.ts';

describe('a redline opens in LibreOffice', () => {
  let server: AccordProcess;
  let statementId: string;
  let drafter: Contact;
  let drafterClient: CollabClient;
  let watcher: CollabClient;

  const nameVersion = async (name: string, words: string) => {
    await waitFor(() => watcher.text().includes(words), { message: `"${words}" on the server` });
    expect((await drafter.client.post(`/api/statements/${statementId}/versions`, { name })).status).toBe(201);
  };

  beforeAll(async () => {
    server = await startAccord();
    const secretariat = await signInAsSecretariat(server);
    const orgId = await createOrganisation(secretariat);
    statementId = (await createStatement(secretariat)).id;
    drafter = await createContact(server, secretariat, { orgId, name: 'Dana Drafter' });
    expect((await secretariat.post(`/api/statements/${statementId}/drafters`, { userId: drafter.userId })).status).toBe(204);
    drafterClient = connectCollab(server.wsUrl, statementId, drafter.client.cookie);
    watcher = connectCollab(server.wsUrl, statementId, secretariat.cookie);
    await Promise.all([waitForSync(drafterClient), waitForSync(watcher)]);
    writeParagraphs(drafterClient.doc, ['Registries act against abuse within their remit.']);
    await nameVersion('First draft', 'their remit');
    drafterClient.doc.transact(() => {
      const [first] = textNodes(drafterClient.doc);
      first!.delete(first!.toString().indexOf('abuse'), 'abuse'.length);
      first!.insert(first!.toString().indexOf(' within'), 'phishing');
    });
    await nameVersion('Second draft', 'phishing');
  });

  afterAll(async () => {
    drafterClient?.destroy();
    watcher?.destroy();
    await server?.dispose();
  });

  it('converts to PDF with the deleted and the inserted words shown', { timeout: 180_000 }, async () => {
    const docx = await readDocxXml(drafter.client, `/api/statements/${statementId}/redline.docx?from=1&to=2`);
    expect(docx.status).toBe(200);
    const text = await pdfText(await convertToPdf(docx.bytes, { timeoutMs: 150_000 }));
    // LibreOffice shows tracked changes as it prints: the removed word struck through, the new one underlined.
    expect(text.replace(/\s+/g, ' ')).toMatch(/Registries act against (abuse ?phishing|phishing ?abuse) within their remit\./);
  });
});
