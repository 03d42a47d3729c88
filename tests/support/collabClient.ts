import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { TEXT_FRAGMENT } from '../../shared/collab/protocol.ts';
import { waitFor } from './waitFor.ts';

export interface CollabClient {
  doc: Y.Doc;
  provider: WebsocketProvider;
  /** Close events seen, in order. */
  closes: { code: number; reason: string }[];
  text(): string;
  destroy(): void;
}

/**
 * The stock y-websocket provider, in Node, sending a session cookie like a browser would.
 */
export function connectCollab(
  wsUrl: string,
  statementId: string,
  cookie: string | null,
  { origin, doc = new Y.Doc(), params }: { origin?: string; doc?: Y.Doc; params?: Record<string, string> } = {},
): CollabClient {
  const headers: Record<string, string> = {};
  if (cookie) headers.cookie = cookie;
  if (origin) headers.origin = origin;
  class CookieWebSocket extends WebSocket {
    constructor(url: string, protocols?: string | string[]) {
      super(url, protocols, { headers });
    }
  }
  const provider = new WebsocketProvider(wsUrl, statementId, doc, {
    WebSocketPolyfill: CookieWebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    ...(params ? { params } : {}),
  });
  const closes: { code: number; reason: string }[] = [];
  provider.on('connection-close', (event) => {
    if (event) closes.push({ code: event.code, reason: event.reason });
  });
  return {
    doc,
    provider,
    closes,
    text: () => fragmentText(doc),
    destroy: () => {
      provider.destroy();
      doc.destroy();
    },
  };
}

/** The plain text of a statement's rich text, paragraphs separated by newlines. */
export function fragmentText(doc: Y.Doc): string {
  return doc
    .getXmlFragment(TEXT_FRAGMENT)
    .toArray()
    .map((node) => (node instanceof Y.XmlElement || node instanceof Y.XmlText ? plainText(node) : ''))
    .join('\n');
}

function plainText(node: Y.XmlElement | Y.XmlText): string {
  if (node instanceof Y.XmlText) return node.toString().replace(/<[^>]+>/g, '');
  return node
    .toArray()
    .map((child) => (child instanceof Y.XmlElement || child instanceof Y.XmlText ? plainText(child) : ''))
    .join('');
}

/** Types text at the end of the first paragraph, as an editor would, in one transaction. */
export function typeInto(doc: Y.Doc, text: string): void {
  doc.transact(() => {
    const fragment = doc.getXmlFragment(TEXT_FRAGMENT);
    let paragraph = fragment.get(0);
    if (!(paragraph instanceof Y.XmlElement)) {
      paragraph = new Y.XmlElement('paragraph');
      fragment.insert(0, [paragraph]);
    }
    const element = paragraph as Y.XmlElement;
    let textNode = element.get(0);
    if (!(textNode instanceof Y.XmlText)) {
      textNode = new Y.XmlText();
      element.insert(0, [textNode]);
    }
    const yText = textNode as Y.XmlText;
    yText.insert(yText.length, text);
  });
}

export async function waitForSync(client: CollabClient, timeoutMs = 10_000): Promise<void> {
  await waitFor(() => client.provider.synced, { timeoutMs, message: 'provider synced' });
}
