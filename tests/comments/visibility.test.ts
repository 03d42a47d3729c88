import * as decoding from 'lib0/decoding';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ThreadView } from '../../shared/api/types.ts';
import { MessageType } from '../../shared/collab/protocol.ts';
import type { ApiClient } from '../support/ApiClient.ts';
import { agreeToPurpose, createContact, createOrganisation, createStatement, signInAsSecretariat, type Contact } from '../support/coalition.ts';
import { connectCollab, waitForSync } from '../support/collabClient.ts';
import { frame, openRawCollabSocket, type RawCollabSocket } from '../support/rawCollabSocket.ts';
import { startAccord, type AccordProcess } from '../support/startAccord.ts';
import { anchorsAround, writeParagraphs } from '../support/textAnchors.ts';
import { waitFor } from '../support/waitFor.ts';

type Who = 'author' | 'colleague' | 'otherOrganisation' | 'secretariat';

/** Threads pushed to a socket that asked for them. */
function pushedThreads(raw: RawCollabSocket): ThreadView[] {
  return raw.framesOfType(MessageType.threads).map((bytes) => {
    const decoder = decoding.createDecoder(bytes);
    decoding.readVarUint(decoder);
    return JSON.parse(decoding.readVarString(decoder)) as ThreadView;
  });
}

describe('thread visibility', () => {
  let server: AccordProcess;
  let secretariat: ApiClient;
  let statementId: string;
  const people = new Map<Who, ApiClient>();
  const sockets = new Map<Who, RawCollabSocket>();
  let author: Contact;

  beforeAll(async () => {
    server = await startAccord();
    secretariat = await signInAsSecretariat(server);
    const orgA = await createOrganisation(secretariat);
    const orgB = await createOrganisation(secretariat);
    statementId = (await createStatement(secretariat)).id;
    author = await createContact(server, secretariat, { orgId: orgA });
    const colleague = await createContact(server, secretariat, { orgId: orgA });
    const other = await createContact(server, secretariat, { orgId: orgB });
    await agreeToPurpose(author, orgA);
    await agreeToPurpose(other, orgB);
    people.set('author', author.client).set('colleague', colleague.client).set('otherOrganisation', other.client).set('secretariat', secretariat);

    const writer = connectCollab(server.wsUrl, statementId, secretariat.cookie);
    await waitForSync(writer);
    writeParagraphs(writer.doc, ['Coalition text about openness and interoperability.']);
    for (const [who, client] of people) {
      const raw = openRawCollabSocket(server.wsUrl, statementId, client.cookie);
      await raw.opened;
      raw.send(frame([MessageType.threads]));
      sockets.set(who, raw);
    }
    // A late client has the text, so the server has stored it before anyone anchors in it.
    await waitFor(
      async () => {
        const late = connectCollab(server.wsUrl, statementId, secretariat.cookie);
        await waitForSync(late);
        const ok = late.text().includes('openness');
        late.destroy();
        return ok;
      },
      { message: 'the text stored' },
    );
    anchors = anchorsAround(writer.doc, 'openness');
    writer.destroy();
  });

  let anchors: { anchorStart: string; anchorEnd: string };

  afterAll(async () => {
    for (const raw of sockets.values()) raw.socket.close();
    await server?.dispose();
  });

  const expectations: { visibility: 'coalition' | 'organisation' | 'secretariat'; seenBy: Who[] }[] = [
    { visibility: 'coalition', seenBy: ['author', 'colleague', 'otherOrganisation', 'secretariat'] },
    { visibility: 'organisation', seenBy: ['author', 'colleague'] },
    { visibility: 'secretariat', seenBy: ['author', 'secretariat'] },
  ];

  for (const { visibility, seenBy } of expectations) {
    it(`${visibility}: over HTTP and in live pushes, only ${seenBy.join(', ')} see it`, async () => {
      const created = await author.client.post<ThreadView>(`/api/statements/${statementId}/threads`, {
        kind: 'comment',
        ...anchors,
        body: `A ${visibility} remark`,
        visibility,
      });
      expect(created.status).toBe(201);
      const threadId = created.body.id;

      // Pushes: those who may see it get it; a later push to the coalition proves the others had their chance.
      for (const who of seenBy)
        await waitFor(() => pushedThreads(sockets.get(who)!).some((thread) => thread.id === threadId), { message: `the push to ${who}` });
      const marker = await secretariat.post<ThreadView>(`/api/statements/${statementId}/threads`, {
        kind: 'comment',
        ...anchors,
        body: 'marker',
        visibility: 'coalition',
      });
      for (const raw of sockets.values())
        await waitFor(() => pushedThreads(raw).some((thread) => thread.id === marker.body.id), { message: 'the marker push' });

      for (const [who, client] of people) {
        const listed = (await client.get<ThreadView[]>(`/api/statements/${statementId}/threads`)).body.some((thread) => thread.id === threadId);
        const pushed = pushedThreads(sockets.get(who)!).some((thread) => thread.id === threadId);
        const reply = await client.post(`/api/threads/${threadId}/comments`, { body: 'a reply' });
        const disposition = (await client.request('GET', `/api/statements/${statementId}/dispositions.md`)).body as string;
        const visible = seenBy.includes(who);
        expect({ who, listed, pushed, reply: reply.status, exported: disposition.includes(`A ${visibility} remark`) }).toEqual({
          who,
          listed: visible,
          pushed: visible,
          reply: visible ? 201 : 404,
          exported: visible,
        });
      }
      // Counts in the statement list follow the same rule: exactly what each one may list.
      for (const client of people.values()) {
        const listed = (await client.get<ThreadView[]>(`/api/statements/${statementId}/threads`)).body;
        const { threadCounts } = (await client.get<{ threadCounts: { open: number; total: number } }>(`/api/statements/${statementId}`)).body;
        expect(threadCounts).toEqual({ total: listed.length, open: listed.filter((thread) => thread.status === 'open').length });
      }
    });
  }

  it('exports the disposition log as CSV and Markdown with outcomes, escaping what people wrote', async () => {
    const hostile = await author.client.post<ThreadView>(`/api/statements/${statementId}/threads`, {
      kind: 'comment',
      ...anchors,
      body: '| broken | <script>alert(1)</script>\n=SUM(A1)',
    });
    expect(hostile.status).toBe(201);
    expect((await secretariat.post(`/api/threads/${hostile.body.id}/resolve`, {})).status).toBe(200);
    const markdown = await secretariat.request('GET', `/api/statements/${statementId}/dispositions.md`);
    expect(markdown.headers.get('content-type')).toMatch(/text\/markdown/);
    const text = markdown.body as string;
    expect(text).toContain('\\| broken \\| &lt;script&gt;alert(1)&lt;/script&gt; / =SUM(A1)');
    expect(text).not.toContain('<script>');
    expect(text).toMatch(/\| Resolved \|/);
    const csv = await secretariat.request('GET', `/api/statements/${statementId}/dispositions.csv`);
    expect(csv.headers.get('content-type')).toMatch(/text\/csv/);
    expect(csv.body as string).toContain('#,Type,Passage,Comment or proposed wording,By,Opened,Outcome,Decided by,Decided on,Reason,Replies');
    expect(csv.body as string).toContain('Resolved');
  });
});
