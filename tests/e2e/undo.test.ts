import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StatementView, ThreadView } from '../../shared/api/types.ts';
import type { ApiClient } from '../support/ApiClient.ts';
import { createContact, createOrganisation, createStatement, signInAsSecretariat, type Contact } from '../support/coalition.ts';
import { connectCollab, waitForSync } from '../support/collabClient.ts';
import { ADMIN, startAccord, type AccordProcess } from '../support/startAccord.ts';
import { anchorsAround, writeParagraphs } from '../support/textAnchors.ts';
import { waitFor } from '../support/waitFor.ts';
import { waitForStoredText } from '../support/waitForStoredText.ts';
import { launchChromium } from './support/launchChromium.ts';
import { signIn } from './support/signIn.ts';

const PARAGRAPHS = ['The coalition welcomes the review of the World Summit on the Information Society.', 'We ask for an open, bottom-up process.'];
const QUESTION = 'Which process exactly?';

/** Where the server can reverse an action with an endpoint it already has, the toast after it offers Undo. */
describe('undo from the toast', () => {
  let server: AccordProcess;
  let secretariat: ApiClient;
  let drafter: Contact;
  let browser: Browser;
  let page: Page;
  let statementId: string;
  let threadId: string;

  const threadStatus = async () =>
    (await secretariat.get<ThreadView[]>(`/api/statements/${statementId}/threads`)).body.find((thread) => thread.id === threadId)?.status;
  const drafterIds = async () => (await secretariat.get<StatementView>(`/api/statements/${statementId}`)).body.drafterIds;

  beforeAll(async () => {
    server = await startAccord();
    secretariat = await signInAsSecretariat(server);
    const orgId = await createOrganisation(secretariat, { name: 'Registro Deshacer' });
    drafter = await createContact(server, secretariat, { orgId, name: 'Dana Drafter' });
    ({ id: statementId } = await createStatement(secretariat, 'Joint statement to undo things in'));
    const added = await secretariat.post(`/api/statements/${statementId}/drafters`, { userId: drafter.userId });
    expect(added.status).toBe(204);
    const writer = connectCollab(server.wsUrl, statementId, secretariat.cookie);
    await waitForSync(writer);
    writeParagraphs(writer.doc, PARAGRAPHS);
    await waitForStoredText(server.wsUrl, statementId, secretariat.cookie, PARAGRAPHS[1]!);
    const comment = await secretariat.post<{ id: string }>(`/api/statements/${statementId}/threads`, {
      kind: 'comment',
      ...anchorsAround(writer.doc, 'bottom-up'),
      body: QUESTION,
    });
    expect(comment.status).toBe(201);
    threadId = comment.body.id;
    writer.destroy();

    browser = await launchChromium();
    page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    await signIn(page, server.url, ADMIN.email, ADMIN.password);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
  });

  it('says a thread was resolved, and Undo reopens it on the server', async () => {
    await page.goto(`${server.url}/statements/${statementId}`);
    const thread = page.locator('[data-testid="thread"]', { hasText: QUESTION });
    await thread.getByRole('button', { name: 'Resolve' }).click();
    const toast = page.getByRole('status').getByTestId('toast').filter({ hasText: 'Thread resolved.' });
    await toast.waitFor();
    await waitFor(async () => (await threadStatus()) === 'resolved', { message: 'the thread resolved on the server' });

    await toast.getByRole('button', { name: 'Undo' }).click();
    await waitFor(async () => (await threadStatus()) === 'open', { message: 'the undo to reopen the thread on the server' });
    await page.getByRole('status').getByTestId('toast').filter({ hasText: 'Undone.' }).waitFor();
    // The panel shows it open again, with its Resolve button back.
    await page.locator('[data-testid="thread"][data-status="open"]', { hasText: QUESTION }).getByRole('button', { name: 'Resolve' }).waitFor();
  });

  it('says a drafter was removed, and Undo adds them back on the server', async () => {
    await page.getByRole('button', { name: 'Remove Dana Drafter from the drafters' }).click();
    await page.getByRole('button', { name: 'Remove', exact: true }).click();
    const toast = page.getByRole('status').getByTestId('toast').filter({ hasText: 'Dana Drafter no longer drafts this statement.' });
    await toast.waitFor();
    expect(await drafterIds()).not.toContain(drafter.userId);

    await toast.getByRole('button', { name: 'Undo' }).click();
    await waitFor(async () => (await drafterIds()).includes(drafter.userId), { message: 'the undo to add the drafter back' });
    await page.getByRole('button', { name: 'Remove Dana Drafter from the drafters' }).waitFor();
  });
});
