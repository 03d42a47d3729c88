import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StatementView, ThreadView } from '../../shared/api/types.ts';
import { ApiClient } from '../support/ApiClient.ts';
import { agreeToPurpose, createContact, createOrganisation, createStatement, PASSWORD, signInAsSecretariat, type Contact } from '../support/coalition.ts';
import { connectCollab, waitForSync, type CollabClient } from '../support/collabClient.ts';
import { readStoredDocument } from '../support/readStoredDocument.ts';
import { startAccord, type AccordProcess } from '../support/startAccord.ts';
import { openTestDatabase, type FailingWrites, type TestDatabase } from '../support/testDatabase.ts';
import { anchorsAround, appendParagraph, textNodes, writeParagraphs } from '../support/textAnchors.ts';
import { waitForStoredText } from '../support/waitForStoredText.ts';
import { TEXT_FRAGMENT } from '../../shared/collab/protocol.ts';

/**
 * Finding 6: a command is one transaction with its audit entry. The store is made to fail at one
 * step (a test-only trigger raising an error) and nothing of the command is left behind: not the
 * text, not the thread's decision, not the organisation's removal, not the audit entry.
 */
describe('commands are atomic', () => {
  let server: AccordProcess;
  let database: TestDatabase;
  let secretariat: ApiClient;
  let orgA: string;
  let member: Contact;
  let statementId: string;
  let editor: CollabClient;

  const auditCount = async () => (await database.get<{ n: number }>('SELECT count(*) AS n FROM audit_log'))!.n;
  const storedText = async (id: string) => (await readStoredDocument(server, id)).doc.getXmlFragment(TEXT_FRAGMENT).toString();

  /** Runs `command` while a trigger makes the store's writes to `table` fail, then removes the trigger. */
  const failing = async <T>(table: string, command: () => Promise<T>, writes?: FailingWrites): Promise<T> => {
    const removeFailure = await database.failNextWrites(table, 'injected failure', writes);
    try {
      return await command();
    } finally {
      await removeFailure();
    }
  };
  const failAudit = <T>(command: () => Promise<T>) => failing('audit_log', command);

  /** The command fails with 500 and leaves the database exactly as it was. */
  const expectNothingChanged = async (command: () => Promise<{ status: number }>, snapshot: () => Promise<unknown>) => {
    const before = { audit: await auditCount(), state: await snapshot() };
    expect((await command()).status).toBe(500);
    expect({ audit: await auditCount(), state: await snapshot() }).toEqual(before);
  };

  const suggest = async (words: string, replacement: string) => {
    const created = await member.client.post<ThreadView>(`/api/statements/${statementId}/threads`, {
      kind: 'suggestion',
      ...anchorsAround(editor.doc, words),
      replacement,
      body: '',
      visibility: 'coalition',
      mentions: [],
    });
    expect(created.status).toBe(201);
    return created.body.id;
  };
  const threadStatus = async (id: string) => (await database.get<{ status: string }>('SELECT status FROM threads WHERE id = ?', id))!.status;

  beforeAll(async () => {
    server = await startAccord();
    database = openTestDatabase(server);
    secretariat = await signInAsSecretariat(server);
    orgA = await createOrganisation(secretariat, { name: 'Registry A' });
    member = await createContact(server, secretariat, { orgId: orgA });
    await agreeToPurpose(member, orgA);
    statementId = (await createStatement(secretariat, 'Atomic statement')).id;
    editor = connectCollab(server.wsUrl, statementId, secretariat.cookie);
    await waitForSync(editor);
    writeParagraphs(editor.doc, ['Registries act against abuse within their remit.', 'Measures should target abuse at the right layer.']);
    await waitForStoredText(server.wsUrl, statementId, secretariat.cookie, 'right layer');
  });

  afterAll(async () => {
    editor?.destroy();
    await database?.close();
    await server?.dispose();
  });

  it('accepting a suggestion: no text change and no decision without the audit entry', async () => {
    const threadId = await suggest('within their remit', 'within the remit the law gives them');
    await expectNothingChanged(
      () => failAudit(() => secretariat.post(`/api/threads/${threadId}/accept`, {})),
      async () => ({ text: await storedText(statementId), status: await threadStatus(threadId) }),
    );
    expect(editor.text()).not.toContain('the law gives them');
    expect(await storedText(statementId)).toContain('within their remit');
    expect(await threadStatus(threadId)).toBe('open');

    // The other direction: the decision and the audit entry are written, then storing the text fails.
    await expectNothingChanged(
      () => failing('document_updates', () => secretariat.post(`/api/threads/${threadId}/accept`, {}), { when: { statement_id: statementId } }),
      async () => ({ text: await storedText(statementId), status: await threadStatus(threadId) }),
    );

    const accepted = await secretariat.post<ThreadView>(`/api/threads/${threadId}/accept`, {});
    expect(accepted.status).toBe(200);
    expect(accepted.body.status).toBe('accepted');
    expect(await storedText(statementId)).toContain('within the remit the law gives them');
    await waitForStoredText(server.wsUrl, statementId, secretariat.cookie, 'the law gives them');
  });

  it('rejecting a suggestion and opening a thread leave nothing behind when the audit entry fails', async () => {
    const threadId = await suggest('right layer', 'layer that fits');
    await expectNothingChanged(
      () => failAudit(() => secretariat.post(`/api/threads/${threadId}/reject`, { reason: 'Not now' })),
      async () => ({
        status: await threadStatus(threadId),
        events: await database.get('SELECT count(*) AS n FROM thread_events WHERE thread_id = ?', threadId),
      }),
    );
    expect((await secretariat.post(`/api/threads/${threadId}/reject`, { reason: 'Not now' })).status).toBe(200);

    const threadCount = () => database.get('SELECT count(*) AS n FROM threads WHERE statement_id = ?', statementId);
    await expectNothingChanged(
      () =>
        failAudit(() =>
          member.client.post(`/api/statements/${statementId}/threads`, {
            kind: 'comment',
            ...anchorsAround(editor.doc, 'Measures'),
            body: 'Which?',
            visibility: 'coalition',
            mentions: [],
          }),
        ),
      threadCount,
    );
  });

  it('removing an organisation: its contacts, sessions and invitations stay until the whole removal is written', async () => {
    const doomed = await createOrganisation(secretariat, { name: 'Registry Doomed' });
    const contact = await createContact(server, secretariat, { orgId: doomed });
    const invited = await secretariat.post('/api/invitations', { email: `pending-${Date.now()}@example.org`, orgId: doomed, role: 'contact' });
    expect(invited.status).toBe(201);
    const state = async () => ({
      organisation: await database.get('SELECT removed_at FROM organisations WHERE id = ?', doomed),
      contacts: await database.all('SELECT id, removed_at FROM users WHERE org_id = ? ORDER BY id', doomed),
      sessions: await database.get('SELECT count(*) AS n FROM sessions WHERE user_id = ?', contact.userId),
      invitations: await database.all('SELECT id, revoked_at FROM invitations WHERE org_id = ? ORDER BY id', doomed),
    });

    await expectNothingChanged(() => failAudit(() => secretariat.delete(`/api/orgs/${doomed}`)), state);
    // Fails half-way (sessions are ended after the organisation and its contacts are marked removed).
    await expectNothingChanged(() => failing('sessions', () => secretariat.delete(`/api/orgs/${doomed}`), { on: 'DELETE' }), state);
    expect((await secretariat.get(`/api/orgs/${doomed}`)).status).toBe(200);
    expect((await contact.client.get('/api/me')).status).toBe(200);

    expect((await secretariat.delete(`/api/orgs/${doomed}`)).status).toBe(204);
    expect((await secretariat.get(`/api/orgs/${doomed}`)).status).toBe(404);
    expect((await state()).sessions).toEqual({ n: 0 });
  });

  it('creating and sharing a fork, naming a version and adding a drafter: all or nothing', async () => {
    const forks = () => database.all('SELECT id FROM statements WHERE fork_of = ? ORDER BY id', statementId);
    await expectNothingChanged(() => failAudit(() => member.client.post(`/api/statements/${statementId}/forks`, {})), forks);
    // The fork's lineage is written after the statement row: failing there leaves no fork either.
    await expectNothingChanged(() => failing('fork_lineage', () => member.client.post(`/api/statements/${statementId}/forks`, {})), forks);
    const created = await member.client.post<{ id: string }>(`/api/statements/${statementId}/forks`, {});
    expect(created.status).toBe(201);
    const forkId = created.body.id;

    const shared = () => database.get('SELECT shared FROM statements WHERE id = ?', forkId);
    await expectNothingChanged(() => failAudit(() => member.client.post(`/api/statements/${forkId}/sharing`, { shared: true })), shared);
    expect((await member.client.get<StatementView>(`/api/statements/${forkId}`)).body.shared).toBe(false);
    expect((await member.client.post(`/api/statements/${forkId}/sharing`, { shared: true })).status).toBe(204);
    expect(await shared()).toEqual({ shared: 1 });

    const versions = () => database.all('SELECT number FROM statement_versions WHERE statement_id = ? ORDER BY number', statementId);
    await expectNothingChanged(() => failAudit(() => secretariat.post(`/api/statements/${statementId}/versions`, { name: 'Before the call' })), versions);
    expect((await secretariat.post(`/api/statements/${statementId}/versions`, { name: 'Before the call' })).status).toBe(201);
    expect(await versions()).toHaveLength(1);

    const drafters = () => database.all('SELECT user_id FROM statement_drafters WHERE statement_id = ? ORDER BY user_id', statementId);
    await expectNothingChanged(() => failAudit(() => secretariat.post(`/api/statements/${statementId}/drafters`, { userId: member.userId })), drafters);
    expect((await secretariat.post(`/api/statements/${statementId}/drafters`, { userId: member.userId })).status).toBe(204);
    expect(await drafters()).toEqual([{ user_id: member.userId }]);
  });

  it('pulling, offering back and restoring change the text only together with their audit entries', async () => {
    const created = await member.client.post<{ id: string }>(`/api/statements/${statementId}/forks`, {});
    expect(created.status).toBe(201);
    const forkId = created.body.id;
    const forkEditor = connectCollab(server.wsUrl, forkId, member.client.cookie);
    try {
      await waitForSync(forkEditor);
      // The upstream moves on, and the fork makes a change of its own.
      appendParagraph(editor.doc, 'A new upstream passage on cooperation.');
      await waitForStoredText(server.wsUrl, statementId, secretariat.cookie, 'cooperation');
      const forkFirst = textNodes(forkEditor.doc)[0]!;
      forkFirst.insert(forkFirst.length, ' Nationally too.');
      await waitForStoredText(server.wsUrl, forkId, member.client.cookie, 'Nationally too.');

      const lineage = async () => ({
        text: await storedText(forkId),
        lineage: await database.get('SELECT pulled_at FROM fork_lineage WHERE statement_id = ?', forkId),
      });
      await expectNothingChanged(() => failAudit(() => member.client.post(`/api/statements/${forkId}/upstream/pull`, {})), lineage);
      expect(forkEditor.text()).not.toContain('cooperation');
      expect((await member.client.post(`/api/statements/${forkId}/upstream/pull`, {})).status).toBe(204);
      expect(await storedText(forkId)).toContain('cooperation');

      const offerable = await member.client.get<{ key: string }[]>(`/api/statements/${forkId}/offerable`);
      expect(offerable.body.length).toBeGreaterThan(0);
      const upstreamThreads = () => database.all('SELECT id FROM threads WHERE statement_id = ? ORDER BY id', statementId);
      const keys = offerable.body.map((change) => change.key);
      await expectNothingChanged(() => failAudit(() => member.client.post(`/api/statements/${forkId}/offers`, { keys })), upstreamThreads);
      expect((await member.client.post(`/api/statements/${forkId}/offers`, { keys })).status).toBe(201);

      const version = await member.client.post<{ number: number }>(`/api/statements/${forkId}/versions`, { name: 'Before trimming' });
      expect(version.status).toBe(201);
      forkFirst.insert(0, 'Trimmed: ');
      await waitForStoredText(server.wsUrl, forkId, member.client.cookie, 'Trimmed: ');
      const restore = () => member.client.post(`/api/statements/${forkId}/versions/${version.body.number}/restore`, {});
      await expectNothingChanged(
        () => failAudit(restore),
        () => storedText(forkId),
      );
      expect(await storedText(forkId)).toContain('Trimmed: ');
      expect((await restore()).status).toBe(200);
      expect(await storedText(forkId)).not.toContain('Trimmed: ');
    } finally {
      forkEditor.destroy();
    }
  });

  it('organisations, invitations, the Statement of Purpose and thread decisions: nothing without the audit entry', async () => {
    const organisations = () => database.all('SELECT id, name, removed_at FROM organisations ORDER BY id');
    await expectNothingChanged(
      () => failAudit(() => secretariat.post('/api/orgs', { name: 'Registry Never', kind: 'ccTLD', category: 'member', country: 'NL' })),
      organisations,
    );
    await expectNothingChanged(() => failAudit(() => secretariat.patch(`/api/orgs/${orgA}`, { name: 'Registry Renamed' })), organisations);

    const invitations = () => database.all('SELECT id, revoked_at, accepted_at FROM invitations ORDER BY id');
    await expectNothingChanged(
      () => failAudit(() => secretariat.post('/api/invitations', { email: `never-${Date.now()}@example.org`, orgId: orgA, role: 'contact' })),
      invitations,
    );
    const invited = await secretariat.post<{ id: string; token: string }>('/api/invitations', {
      email: `later-${Date.now()}@example.org`,
      orgId: orgA,
      role: 'contact',
    });
    expect(invited.status).toBe(201);
    const users = () => database.all('SELECT id FROM users ORDER BY id');
    await expectNothingChanged(
      () => failAudit(() => new ApiClient(server.url).post(`/api/invitations/${invited.body.token}/accept`, { name: 'Late Contact', password: PASSWORD })),
      async () => ({ invitations: await invitations(), users: await users() }),
    );
    await expectNothingChanged(() => failAudit(() => secretariat.delete(`/api/invitations/${invited.body.id}`)), invitations);

    const purpose = async () => ({
      versions: await database.all('SELECT version FROM purpose_versions ORDER BY version'),
      agreements: await database.all('SELECT org_id, purpose_version FROM purpose_agreements ORDER BY org_id, purpose_version'),
    });
    await expectNothingChanged(() => failAudit(() => secretariat.post('/api/purpose', { text: 'A second Statement of Purpose, never published.' })), purpose);
    expect((await secretariat.post('/api/purpose', { text: 'A second Statement of Purpose.' })).status).toBe(201);
    await expectNothingChanged(() => failAudit(() => member.client.post(`/api/orgs/${orgA}/purpose`, {})), purpose);
    // Until the organisation agrees to the new version, its contacts may do nothing else.
    expect((await member.client.post(`/api/orgs/${orgA}/purpose`, {})).status).toBe(204);

    const comment = await member.client.post<ThreadView>(`/api/statements/${statementId}/threads`, {
      kind: 'comment',
      ...anchorsAround(editor.doc, 'Measures'),
      body: 'Which measures?',
    });
    expect(comment.status).toBe(201);
    await expectNothingChanged(
      () => failAudit(() => member.client.post(`/api/threads/${comment.body.id}/resolve`, {})),
      () => threadStatus(comment.body.id),
    );
    const firstComment = comment.body.comments[0]!.id;
    const comments = () => database.get('SELECT body, deleted_at FROM thread_comments WHERE id = ?', firstComment);
    await expectNothingChanged(() => failAudit(() => member.client.delete(`/api/threads/${comment.body.id}/comments/${firstComment}`)), comments);
  });
});
