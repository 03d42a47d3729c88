import * as Y from 'yjs';
import { TEXT_FRAGMENT } from '../../shared/collab/protocol.ts';
import type { ApiClient } from './ApiClient.ts';
import { agreeToPurpose, createContact, createOrganisation, createStatement, signInAsSecretariat, type Contact } from './coalition.ts';
import { connectCollab, waitForSync } from './collabClient.ts';
import { startAccord, type AccordProcess } from './startAccord.ts';
import { anchorsAround } from './textAnchors.ts';
import { waitForStoredText } from './waitForStoredText.ts';

export interface SignOnFixture {
  server: AccordProcess;
  secretariat: ApiClient;
  drafter: Contact;
  /** Member organisations, each with a signatory (agreed to the purpose) and a plain contact. */
  orgs: { id: string; name: string; signatory: Contact; contact: Contact }[];
  newStatement(title?: string): Promise<string>;
  /** Replaces the text with a heading, a paragraph with a link and a bullet list, and waits until it is stored. */
  writeStructured(statementId: string): Promise<void>;
  /** Opens a coalition thread (comment) or suggestion on `words`, as the drafter. */
  openThread(statementId: string, kind: 'comment' | 'suggestion', words: string, replacement?: string): Promise<string>;
  stop(): Promise<unknown>;
}

const element = (name: string, children: (Y.XmlElement | Y.XmlText)[], attributes: Record<string, unknown> = {}) => {
  const node = new Y.XmlElement(name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, value as string); // TipTap stores numbers (a heading's level) as they are
  node.insert(0, children);
  return node;
};

/** A server with a drafter and `orgCount` member organisations ready to sign. */
export async function signOnFixture(orgCount = 2): Promise<SignOnFixture> {
  const server = await startAccord();
  const secretariat = await signInAsSecretariat(server);
  const drafterOrg = await createOrganisation(secretariat, { name: 'Drafting Org' });
  const drafter = await createContact(server, secretariat, { orgId: drafterOrg });
  const orgs: SignOnFixture['orgs'] = [];
  for (let index = 0; index < orgCount; index++) {
    const name = `Member ${String.fromCharCode(65 + index)}`;
    const id = await createOrganisation(secretariat, { name });
    const signatory = await createContact(server, secretariat, { orgId: id, role: 'signatory' });
    const contact = await createContact(server, secretariat, { orgId: id });
    await agreeToPurpose(signatory, id);
    orgs.push({ id, name, signatory, contact });
  }
  return {
    server,
    secretariat,
    drafter,
    orgs,
    async newStatement(title = 'Statement on registration data') {
      const { id } = await createStatement(secretariat, title);
      const added = await secretariat.post(`/api/statements/${id}/drafters`, { userId: drafter.userId });
      if (added.status !== 204) throw new Error('adding the drafter failed');
      return id;
    },
    async writeStructured(statementId) {
      const editor = connectCollab(server.wsUrl, statementId, drafter.client.cookie);
      await waitForSync(editor);
      editor.doc.transact(() => {
        const fragment = editor.doc.getXmlFragment(TEXT_FRAGMENT);
        fragment.delete(0, fragment.length);
        // Not yet in the document: its length cannot be read (Yjs warns), so the link goes after the words' own length.
        const linked = new Y.XmlText();
        const words = 'Local law prevails ';
        linked.insert(0, words);
        linked.insert(words.length, 'see the charter', { link: { href: 'https://example.org/charter' } });
        fragment.insert(0, [
          element('heading', [new Y.XmlText('Our position')], { level: 2 }),
          element('paragraph', [linked]),
          element('bulletList', [
            element('listItem', [element('paragraph', [new Y.XmlText('First point')])]),
            element('listItem', [element('paragraph', [new Y.XmlText('Second point')])]),
          ]),
        ]);
      });
      await waitForStoredText(server.wsUrl, statementId, secretariat.cookie, 'Second point');
      editor.destroy();
    },
    async openThread(statementId, kind, words, replacement = '') {
      const reader = connectCollab(server.wsUrl, statementId, drafter.client.cookie);
      await waitForSync(reader);
      const anchors = anchorsAround(reader.doc, words);
      reader.destroy();
      const body = kind === 'comment' ? { kind, ...anchors, body: 'Is this right?' } : { kind, ...anchors, replacement };
      const created = await drafter.client.post<{ id: string }>(`/api/statements/${statementId}/threads`, body);
      if (created.status !== 201) throw new Error(`opening a ${kind} failed: ${JSON.stringify(created.body)}`);
      return created.body.id;
    },
    stop: () => server.stop(),
  };
}
