import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import type { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import type { ServerTarget } from '../servers/benchServers.ts';

export interface BenchClient {
  doc: Y.Doc;
  /** The provider's presence (carets, names), shared with everyone in the document. */
  awareness: Awareness;
  /** Resolves at the provider's first "synced". */
  synced: Promise<void>;
  /** Milliseconds this client spent inside Yjs transactions (decoding and integrating updates) so far. */
  integrateMs(): number;
  destroy(): void;
}

/** Wall-clock milliseconds with sub-millisecond precision, comparable across processes. */
export function now(): number {
  return performance.timeOrigin + performance.now();
}

/**
 * A real Yjs client of the right kind: the stock y-websocket provider for y-websocket-protocol
 * servers (Accord, the reference server, the relay), the Hocuspocus provider for Hocuspocus.
 * `processIndex` picks one of the server's processes (a cluster has several).
 */
export function connectBenchClient(target: ServerTarget, room: string, doc = new Y.Doc(), processIndex = 0): BenchClient {
  const wsUrl = target.wsUrls[processIndex % target.wsUrls.length] ?? target.wsUrl;
  // Separates the client's own share of "time until synced" from the server's and the network's.
  let integrated = 0;
  let began = 0;
  doc.on('beforeTransaction', () => {
    began = performance.now();
  });
  doc.on('afterTransaction', () => {
    integrated += performance.now() - began;
  });
  const integrateMs = () => integrated;
  if (target.kind === 'hocuspocus' || target.kind === 'hocuspocus-sqlite') {
    const websocketProvider = new HocuspocusProviderWebsocket({
      url: wsUrl,
      WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    });
    const provider = new HocuspocusProvider({ websocketProvider, name: room, document: doc });
    provider.attach();
    const synced = new Promise<void>((resolve) => provider.on('synced', () => resolve()));
    return {
      doc,
      awareness: provider.awareness!,
      synced,
      integrateMs,
      destroy: () => {
        provider.destroy();
        websocketProvider.destroy();
        doc.destroy();
      },
    };
  }
  const headers = target.cookie ? { cookie: target.cookie } : {};
  class CookieWebSocket extends WebSocket {
    constructor(url: string, protocols?: string | string[]) {
      super(url, protocols, { headers });
    }
  }
  const provider = new WebsocketProvider(wsUrl, room, doc, {
    WebSocketPolyfill: CookieWebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
  });
  const synced = new Promise<void>((resolve) => {
    if (target.kind === 'relay') {
      // A relay answers nothing itself: a lone client never syncs, so "connected" is all there is.
      const handleStatus = ({ status }: { status: string }) => {
        if (status !== 'connected') return;
        provider.off('status', handleStatus);
        resolve();
      };
      provider.on('status', handleStatus);
      return;
    }
    const handleSync = (isSynced: boolean) => {
      if (!isSynced) return;
      provider.off('sync', handleSync);
      resolve();
    };
    provider.on('sync', handleSync);
  });
  return {
    doc,
    awareness: provider.awareness,
    synced,
    integrateMs,
    destroy: () => {
      provider.destroy();
      doc.destroy();
    },
  };
}
