import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContact, createOrganisation, createStatement, signInAsSecretariat, type Contact } from '../support/coalition.ts';
import { connectCollab, waitForSync, type CollabClient } from '../support/collabClient.ts';
import { startAccord, type AccordProcess } from '../support/startAccord.ts';
import { textNodes, writeParagraphs } from '../support/textAnchors.ts';
import { waitFor } from '../support/waitFor.ts';
import { readDocxXml } from './readDocxXml.ts';

/** LibreOffice's converter, or a failure that says what to install (never a skip: the issue asks for this check). */
function soffice(): string {
  const found = spawnSync('which', ['soffice'], { encoding: 'utf8' }).stdout.trim();
  if (found === '') throw new Error('soffice is not installed: apt-get install libreoffice-writer-nogui (Debian) to check that redlines open in LibreOffice');
  return found;
}

describe('a redline opens in LibreOffice', () => {
  let server: AccordProcess;
  let statementId: string;
  let drafter: Contact;
  let drafterClient: CollabClient;
  let watcher: CollabClient;
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'accord-redline-'));

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
    fs.rmSync(workDir, { recursive: true, force: true });
  });

  it('converts to PDF with the deleted and the inserted words shown', { timeout: 180_000 }, async () => {
    const converter = soffice();
    const docx = await readDocxXml(drafter.client, `/api/statements/${statementId}/redline.docx?from=1&to=2`);
    expect(docx.status).toBe(200);
    const file = path.join(workDir, 'redline.docx');
    fs.writeFileSync(file, docx.bytes);
    // Its own profile: other LibreOffice runs on the machine must not share (and lock) ours.
    execFileSync(converter, [`-env:UserInstallation=file://${path.join(workDir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', workDir, file], {
      timeout: 150_000,
      stdio: 'pipe',
    });
    const text = execFileSync('pdftotext', [path.join(workDir, 'redline.pdf'), '-'], { encoding: 'utf8' });
    // LibreOffice shows tracked changes as it prints: the removed word struck through, the new one underlined.
    expect(text.replace(/\s+/g, ' ')).toMatch(/Registries act against (abuse ?phishing|phishing ?abuse) within their remit\./);
  });
});
