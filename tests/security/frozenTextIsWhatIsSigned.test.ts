import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StatementView, VersionContentView } from '../../shared/api/types.ts';
import { MessageType } from '../../shared/collab/protocol.ts';
import { connectCollab, waitForSync } from '../support/collabClient.ts';
import { paragraphUpdate } from '../support/paragraphUpdate.ts';
import { frame, openRawCollabSocket } from '../support/rawCollabSocket.ts';
import { signOnFixture, type SignOnFixture } from '../support/signOnFixture.ts';

interface Node {
  type: string;
  text?: string;
  marks?: { type: string; attrs?: Record<string, unknown> }[];
  content?: Node[];
}
const walk = (node: Node): Node[] => [node, ...(node.content ?? []).flatMap(walk)];

// Finding 5 / L4 / L6: the final version is the text itself, through the editor schema (headings,
// lists, links kept; no pending suggestion in it), and the live text after the freeze is exactly it.
describe('the frozen text is what is signed', () => {
  let fixture: SignOnFixture;
  let id: string;

  beforeAll(async () => {
    fixture = await signOnFixture(1);
    id = await fixture.newStatement();
    await fixture.writeStructured(id);
    await fixture.openThread(id, 'suggestion', 'Local law prevails', 'Peruvian law prevails');
  });
  afterAll(() => fixture?.stop());

  it('freezes while a drafter is typing: nothing accepted after the snapshot reaches the live text (L4)', async () => {
    const writer = openRawCollabSocket(fixture.server.wsUrl, id, fixture.drafter.client.cookie);
    await writer.opened;
    let sent = 0;
    let typing = true;
    const type = () => {
      if (!typing || sent >= 400) return;
      writer.send(frame([MessageType.sync, 2], paragraphUpdate(`RACE-${sent++}`)));
      setImmediate(type);
    };
    type();
    const frozen = await fixture.secretariat.post<{ number: number }>(`/api/statements/${id}/freeze`, { carryOver: true });
    typing = false;
    expect(frozen.status).toBe(200);
    writer.socket.close();

    const version = (await fixture.secretariat.get<VersionContentView>(`/api/statements/${id}/versions/${frozen.body.number}`)).body;
    const witness = connectCollab(fixture.server.wsUrl, id, fixture.secretariat.cookie);
    await waitForSync(witness);
    const live = witness.text();
    witness.destroy();
    const races = (text: string) => (text.match(/RACE-\d+/g) ?? []).sort();
    expect(races(live)).toEqual(races(version.blocks.join('\n')));
  });

  it('keeps headings, lists and links, and holds no pending suggestion', async () => {
    const statement = (await fixture.secretariat.get<StatementView>(`/api/statements/${id}`)).body;
    const version = (await fixture.orgs[0]!.signatory.client.get<VersionContentView>(`/api/statements/${id}/versions/${statement.finalVersion!.number}`)).body;
    const nodes = walk(version.document as Node);
    expect(nodes.some((node) => node.type === 'heading')).toBe(true);
    expect(nodes.some((node) => node.type === 'bulletList')).toBe(true);
    expect(nodes.flatMap((node) => node.marks ?? []).map((mark) => mark.type)).toEqual(['link']);
    const text = nodes.map((node) => node.text ?? '').join('');
    expect(text).toContain('Local law prevails');
    expect(text).not.toContain('Peruvian');
  });
});
