import { launchChromium } from '../tests/e2e/support/launchChromium.ts';
import { signIn } from '../tests/e2e/support/signIn.ts';
import { createContact, createOrganisation, PASSWORD, signInAsSecretariat } from '../tests/support/coalition.ts';
import { ADMIN, startAccord } from '../tests/support/startAccord.ts';

/**
 * `npm run screenshot`: drafts a realistic statement through the editor, two people at once, and
 * saves docs/screenshot.png (desktop) and docs/screenshot-phone.png. Needs a built client.
 */
const server = await startAccord();
const browser = await launchChromium();
try {
  const secretariat = await signInAsSecretariat(server);
  const orgId = await createOrganisation(secretariat, { name: '.nl Registry' });
  const drafter = await createContact(server, secretariat, { orgId, name: 'Marta Jansen' });
  const { id } = await secretariat
    .post<{ id: string }>('/api/statements', {
      title: 'Joint statement on the WSIS+20 review',
    })
    .then((response) => response.body);
  await secretariat.post(`/api/statements/${id}/drafters`, { userId: drafter.userId });

  const writer = await (await browser.newContext({ viewport: { width: 1280, height: 820 } })).newPage();
  await signIn(writer, server.url, ADMIN.email, ADMIN.password);
  await writer.goto(`${server.url}/statements/${id}`);
  const editor = writer.locator('.ProseMirror');
  await editor.click();
  await writer.keyboard.press('Control+Alt+2');
  await writer.keyboard.type('Our position\n');
  await writer.keyboard.type(
    "We, the undersigned operators of the Internet's unique identifier systems, welcome the review of the World Summit on the Information Society and its ",
  );
  await writer.keyboard.press('Control+b');
  await writer.keyboard.type('multistakeholder model');
  await writer.keyboard.press('Control+b');
  await writer.keyboard.type('.\nWe ask the review to:\n');
  await writer.keyboard.press('Control+Shift+8');
  await writer.keyboard.type('keep the technical coordination of names and numbers with the community that runs it;\n');
  await writer.keyboard.type('recognise ccTLD registries as partners of their national governments;\nfund capacity building for small operators.\n\n');
  await writer.keyboard.type('The security and stability of the DNS depend on open, bottom-up processes.');

  const reader = await (await browser.newContext({ viewport: { width: 1280, height: 820 } })).newPage();
  await signIn(reader, server.url, drafter.email, PASSWORD);
  await reader.goto(`${server.url}/statements/${id}`);
  await reader.locator('[data-testid="connection-status"][data-state="saved"]').waitFor();
  // A question on the wording: its words highlighted in the text, its thread in the side panel.
  // By keyboard (tsx's helpers break functions sent into the page): the last words, before the full stop.
  await reader.locator('.ProseMirror p').last().click();
  await reader.keyboard.press('End');
  await reader.keyboard.press('ArrowLeft');
  for (const _ of 'bottom-up processes') await reader.keyboard.press('Shift+ArrowLeft');
  await reader.getByRole('button', { name: 'Comment', exact: true }).first().click();
  const composer = reader.locator('.thread-composer');
  await composer.getByLabel('Comment', { exact: true }).fill('Should we name the IANA functions here, as in our 2024 statement?');
  await composer.getByRole('button', { name: 'Comment', exact: true }).click();
  await writer.locator('[data-testid="thread"]', { hasText: 'IANA functions' }).waitFor();
  await reader.locator('.ProseMirror p').nth(2).click();
  await reader.keyboard.press('End');
  await writer.locator('.collaboration-carets__label', { hasText: 'Marta Jansen' }).waitFor();
  await writer.locator('[data-testid="connection-status"][data-state="saved"]').waitFor();
  // From the top of the page: typing scrolled it down, under the header.
  await writer.evaluate(() => window.scrollTo(0, 0));
  // Nor the writer's focus ring around the text: the picture is of the text and Marta's caret in it.
  await writer.locator('.ProseMirror').blur();
  await writer.screenshot({ path: 'docs/screenshot.png' });

  const phone = await (await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 })).newPage();
  await signIn(phone, server.url, drafter.email, PASSWORD);
  await phone.goto(`${server.url}/statements/${id}`);
  await phone.locator('[data-testid="connection-status"][data-state="saved"]').waitFor();
  await phone.screenshot({ path: 'docs/screenshot-phone.png' });
  console.log('wrote docs/screenshot.png and docs/screenshot-phone.png');
} finally {
  await browser.close();
  await server.dispose();
}
