import { XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../support/ApiClient.ts';
import { agreeToPurpose, createContact, createOrganisation, createStatement, signInAsSecretariat, type Contact } from '../support/coalition.ts';
import { connectCollab, typeInto, waitForSync } from '../support/collabClient.ts';
import { publicExportText } from '../support/publicExportText.ts';
import { startAccord, type AccordProcess } from '../support/startAccord.ts';
import { waitForStoredText } from '../support/waitForStoredText.ts';

const FORGED_TITLE = 'Joint statement on WSIS+20';
const LABEL = 'Published by Registry North; adapted from Coalition statement on openness, version 1; not a coalition statement';

/**
 * Finding H1: a member contact forked a coalition statement, renamed it, rewrote it and published
 * it into the coalition's index and feed, with exports headed "JOINT STATEMENT". Now only a
 * signatory of the owning organisation publishes a fork, and only under /p/orgs/<org>/<slug>,
 * labelled everywhere as that organisation's and not the coalition's.
 */
describe('a fork cannot be published as a coalition statement', () => {
  let server: AccordProcess;
  let secretariat: ApiClient;
  let contact: Contact;
  let signatory: Contact;
  let forkId: string;
  let forkSlug: string;
  const anonymous = () => new ApiClient(server.url, null);

  beforeAll(async () => {
    server = await startAccord();
    secretariat = await signInAsSecretariat(server);
    const orgId = await createOrganisation(secretariat, { name: 'Registry North' });
    contact = await createContact(server, secretariat, { orgId });
    signatory = await createContact(server, secretariat, { orgId, role: 'signatory' });
    await agreeToPurpose(contact, orgId);
    const { id: coalitionId } = await createStatement(secretariat, 'Coalition statement on openness');
    const editor = connectCollab(server.wsUrl, coalitionId, secretariat.cookie);
    await waitForSync(editor);
    typeInto(editor.doc, 'The coalition supports an open Internet.');
    await waitForStoredText(server.wsUrl, coalitionId, secretariat.cookie, 'open Internet');
    editor.destroy();
    expect((await secretariat.post(`/api/statements/${coalitionId}/freeze`, {})).status).toBe(200);
    expect((await secretariat.post(`/api/statements/${coalitionId}/publish`, {})).status).toBe(200);

    // The exploit, step by step, as any contact of a member organisation.
    const fork = await contact.client.post<{ id: string; slug: string }>(`/api/statements/${coalitionId}/forks`, {});
    expect(fork.status).toBe(201);
    ({ id: forkId, slug: forkSlug } = fork.body);
    expect((await contact.client.patch(`/api/statements/${forkId}`, { title: FORGED_TITLE })).status).toBe(200);
    const forkEditor = connectCollab(server.wsUrl, forkId, contact.client.cookie);
    await waitForSync(forkEditor);
    typeInto(forkEditor.doc, ' Registries endorse whatever we wrote here.');
    await waitForStoredText(server.wsUrl, forkId, contact.client.cookie, 'whatever we wrote');
    forkEditor.destroy();
  });

  afterAll(async () => {
    await server?.dispose();
  });

  it('refuses a plain contact (403), and publishes for a signatory under /p/orgs/<org>/<slug> only', async () => {
    const refused = await contact.client.post<{ error: { code: string } }>(`/api/statements/${forkId}/fork-publication`, {});
    expect(refused.status).toBe(403);
    expect((await anonymous().get('/p/')).body).not.toContain(FORGED_TITLE);

    const published = await signatory.client.post<{ url: string; hash: string }>(`/api/statements/${forkId}/fork-publication`, {});
    expect(published.status).toBe(200);
    expect(published.body.url).toBe(`${server.url}/p/orgs/registry-north/${forkSlug}`);
    // Recorded once, in the same transaction, with ids and the hash: never the fork's title.
    const audit = await secretariat.get<{ entries: { details: Record<string, unknown> }[] }>(`/api/audit?action=statement.published&subjectId=${forkId}`);
    expect(audit.body.entries).toHaveLength(1);
    expect(audit.body.entries[0]!.details).toMatchObject({ fork: true, version: 1, hash: published.body.hash });
    expect(JSON.stringify(audit.body.entries[0]!.details)).not.toContain(FORGED_TITLE);
    expect((await secretariat.get<{ ok: boolean }>('/api/audit/verify')).body).toMatchObject({ ok: true });
    // Not at a coalition address, in any format.
    for (const suffix of ['', '.pdf', '.docx', '.md', '.html', '/v/1', '/v/2']) {
      expect((await anonymous().get(`/p/${forkSlug}${suffix}`)).status, suffix).toBe(404);
    }
  });

  it('labels the page and all four exports with the organisation, and never as a joint statement', async () => {
    const base = `${server.url}/p/orgs/registry-north/${forkSlug}`;
    for (const url of [base, `${base}.pdf`, `${base}.docx`, `${base}.md`, `${base}.html`]) {
      const { status, text } = await publicExportText(url);
      expect(status, url).toBe(200);
      expect(text, url).toContain(LABEL);
      expect(text, url).toContain('whatever we wrote');
      // The forged title may say "Joint statement"; the heading the coalition's outputs carry may not.
      expect(text, url).not.toContain('JOINT STATEMENT');
      expect(text, url).not.toContain('<p class="kicker">Joint statement</p>');
    }
  });

  it('lists it in its organisation’s own feed, labelled, and never in the coalition index or feed', async () => {
    const index = String((await anonymous().get('/p/')).body);
    expect(index).toContain('Coalition statement on openness');
    expect(index).not.toContain(FORGED_TITLE);
    expect(index).not.toContain(forkSlug);
    const feed = String((await anonymous().get('/p/feed.xml')).body);
    expect(feed).toContain('Coalition statement on openness');
    expect(feed).not.toContain(FORGED_TITLE);
    expect(feed).not.toContain(forkSlug);

    const ownFeed = await anonymous().get('/p/orgs/registry-north/feed.xml');
    expect(ownFeed.status).toBe(200);
    const xml = String(ownFeed.body);
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).toContain(`/p/orgs/registry-north/${forkSlug}`);
    expect(xml).toContain(LABEL);
    expect(xml).toContain('<name>Registry North</name>');
  });
});
