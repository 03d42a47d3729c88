import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { COLLAB_PATH, MessageType, TEXT_FRAGMENT } from '../../shared/collab/protocol.ts';
import { savedMessage } from '../../shared/collab/savedMessage.ts';

/** A heading or a paragraph of demo text. */
export type Block = { heading: string } | { paragraph: string };

const TIMEOUT_MS = 10_000;

/**
 * Writes text into a statement the way an editor does: through the collaboration websocket, as the
 * signed-in secretariat, after the stored document has synced (so nothing is duplicated), and
 * returns once the server confirms it is stored (the Saved query).
 */
export async function writeStatementText(baseUrl: string, cookie: string, statementId: string, blocks: readonly Block[]): Promise<void> {
  const doc = new Y.Doc();
  class CookieWebSocket extends WebSocket {
    constructor(url: string, protocols?: string | string[]) {
      super(url, protocols, { headers: { cookie, origin: baseUrl } });
    }
  }
  const provider = new WebsocketProvider(`${baseUrl.replace(/^http/, 'ws')}${COLLAB_PATH}`, statementId, doc, {
    WebSocketPolyfill: CookieWebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
  });
  try {
    await withTimeout('the statement did not sync', (resolve) =>
      provider.on('sync', (synced: boolean) => {
        if (synced) resolve();
      }),
    );
    const fragment = doc.getXmlFragment(TEXT_FRAGMENT);
    doc.transact(() => {
      // The server's first empty paragraph gives way to the text.
      fragment.delete(0, fragment.length);
      fragment.insert(
        0,
        blocks.map((block) => {
          const element = new Y.XmlElement<{ level: number }>('heading' in block ? 'heading' : 'paragraph');
          if ('heading' in block) element.setAttribute('level', 2);
          element.insert(0, [new Y.XmlText('heading' in block ? block.heading : block.paragraph)]);
          // Headings carry a numeric level, as the editor's schema does.
          return element as unknown as Y.XmlElement;
        }),
      );
    });
    await withTimeout('the server did not confirm the text was stored', (resolve) => {
      provider.messageHandlers[MessageType.saved] = (_encoder, decoder) => {
        if (savedMessage.decodeAnswer(decoder).accepted) resolve();
      };
      provider.ws?.send(savedMessage.encodeQuery(1));
    });
  } finally {
    provider.destroy();
    doc.destroy();
  }
}

function withTimeout(message: string, start: (resolve: () => void) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(message)), TIMEOUT_MS);
    start(() => {
      clearTimeout(timer);
      resolve();
    });
  });
}
