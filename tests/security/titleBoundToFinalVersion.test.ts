import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../support/ApiClient.ts';
import { agreeToPurpose, createContact, createDrafter, createOrganisation, createStatement, signInAsSecretariat, type Contact } from '../support/coalition.ts';
import { openTestDatabase } from '../support/testDatabase.ts';
import { publicExportText } from '../support/publicExportText.ts';
import { writeStoredText } from '../support/writeStoredText.ts';
import { startAccord, type AccordProcess } from '../support/startAccord.ts';

const SIGNED_TITLE = 'Statement on registry data accuracy';
const RENAMED_TITLE = 'Coalition endorses something nobody signed';

/**
 * Finding M7: the title was not part of the signed version, so a drafter could rename a published
 * statement and every public output showed the new heading above the signatures. Now the title is
 * frozen into each version and bound by its hash, renames are refused outside drafting, and public
 * outputs render the version's own title.
 */
const TEXT = 'The coalition asks for open and inclusive governance.';

describe('the title is bound to the final version', () => {
  let server: AccordProcess;
  let secretariat: ApiClient;
  let drafter: Contact;
  let statementId: string;
  let slug: string;
  let hash: string;

  beforeAll(async () => {
    server = await startAccord();
    secretariat = await signInAsSecretariat(server);
    const orgId = await createOrganisation(secretariat);
    ({ id: statementId, slug } = await createStatement(secretariat, 'Working title'));
    drafter = await createDrafter(server, secretariat, statementId, orgId);
    const signatory = await createContact(server, secretariat, { orgId, role: 'signatory' });
    await agreeToPurpose(signatory, orgId);
    expect((await drafter.client.patch(`/api/statements/${statementId}`, { title: SIGNED_TITLE })).status).toBe(200);
    // An empty text cannot be frozen.
    await writeStoredText(server.wsUrl, statementId, secretariat.cookie, [TEXT]);
    ({ hash } = (await secretariat.post<{ hash: string }>(`/api/statements/${statementId}/freeze`, {})).body);
    expect((await signatory.client.post(`/api/statements/${statementId}/signatures`, { hash })).status).toBe(201);
  });

  afterAll(async () => {
    await server?.dispose();
  });

  it('hashes the title with the text: the same text under another title has another hash, recomputable from the row', async () => {
    const { id: otherId } = await createStatement(secretariat, 'Another title');
    await writeStoredText(server.wsUrl, otherId, secretariat.cookie, [TEXT]);
    const other = await secretariat.post<{ hash: string }>(`/api/statements/${otherId}/freeze`, {});
    expect(other.status).toBe(200);
    const database = openTestDatabase(server);
    try {
      const rows = await database.all<{ statement_id: string; title: string; content: string; hash: string }>(
        'SELECT statement_id, title, content, hash FROM statement_versions WHERE statement_id IN (?, ?)',
        statementId,
        otherId,
      );
      expect(rows).toHaveLength(2);
      const [mine, theirs] = [rows.find((row) => row.statement_id === statementId)!, rows.find((row) => row.statement_id === otherId)!];
      // Same text, different titles: different hashes.
      expect(mine.content).toBe(theirs.content);
      expect(mine.hash).not.toBe(theirs.hash);
      expect(mine.title).toBe(SIGNED_TITLE);
      expect(mine.hash).toBe(hash);
      const recomputed = createHash('sha256')
        .update(canonicalize({ document: JSON.parse(mine.content), title: mine.title })!)
        .digest('hex');
      expect(recomputed).toBe(mine.hash);
    } finally {
      await database.close();
    }
  });

  it('refuses renames in sign-on and after publication (409), for drafters and the secretariat alike', async () => {
    for (const client of [drafter.client, secretariat]) {
      const refused = await client.patch<{ error: { code: string; message: string } }>(`/api/statements/${statementId}`, { title: RENAMED_TITLE });
      expect(refused.status).toBe(409);
      expect(refused.body.error.message).toContain('title is part of the final version');
    }
    expect((await secretariat.post(`/api/statements/${statementId}/publish`, {})).status).toBe(200);
    expect((await drafter.client.patch(`/api/statements/${statementId}`, { title: RENAMED_TITLE })).status).toBe(409);
  });

  it('renders the published version’s title in the page, every export, the index and the feed, whatever the live title says', async () => {
    // The live title changed behind the API's back (as the old rename did): public outputs must not follow it.
    const database = openTestDatabase(server);
    try {
      await database.run('UPDATE statements SET title = ? WHERE id = ?', RENAMED_TITLE, statementId);
    } finally {
      await database.close();
    }
    for (const path of [`/p/${slug}`, `/p/${slug}.pdf`, `/p/${slug}.docx`, `/p/${slug}.md`, `/p/${slug}.html`, '/p/', '/p/feed.xml']) {
      const { status, text } = await publicExportText(`${server.url}${path}`);
      expect(status, path).toBe(200);
      expect(text, path).toContain(SIGNED_TITLE);
      expect(text, path).not.toContain(RENAMED_TITLE);
    }
  });
});
