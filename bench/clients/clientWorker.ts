import * as Y from 'yjs';
import { connectBenchClient, now, type BenchClient } from './connectBenchClient.ts';
import type { WorkerCommand, WorkerReply } from './protocol.ts';

/**
 * One client process holding any number of real Yjs clients, driven by the orchestrator over IPC.
 * The benchmark text is the Y.Text `bench`: its length is the sequence number of the last edit,
 * so receipt times map to send times without any extra payload.
 */
// Each y-websocket provider listens for process exit; hundreds of them are expected here.
process.setMaxListeners(0);
const clients: BenchClient[] = [];
let receipts: number[][] = [];
let presence = false;
// Each wandering client's next caret move.
const wanderers = new Map<BenchClient, NodeJS.Timeout>();

/** Where a client's caret is, as TipTap's collaboration caret shares it: relative positions in the text. */
function caretAt(client: BenchClient, index: number): { anchor: unknown; head: unknown } {
  const text = client.doc.getText('bench');
  const position = Y.relativePositionToJSON(Y.createRelativePositionFromTypeIndex(text, Math.min(index, text.length)));
  return { anchor: position, head: position };
}

function reply(message: WorkerReply): void {
  process.send?.(message);
}

function paragraphContent(doc: Y.Doc): number {
  const fragment = doc.getXmlFragment('default');
  return fragment.length;
}

async function handle(command: WorkerCommand): Promise<void> {
  switch (command.type) {
    case 'open': {
      const started = now();
      const opened = command.rooms.map((room, index) => connectBenchClient(command.target, room, new Y.Doc(), (command.firstProcess ?? 0) + index));
      presence = command.presence ?? presence;
      for (const [index, client] of opened.entries()) {
        if (command.presence === true) client.awareness.setLocalState({ user: { name: `Reader ${clients.length + index}`, color: '#1f6feb' }, cursor: null });
        else if (command.presence === false) client.awareness.setLocalState(null);
      }
      clients.push(...opened);
      const synced = await Promise.all(opened.map((client) => client.synced.then(() => ({ ms: now() - started, integrateMs: client.integrateMs() }))));
      reply({
        type: 'opened',
        syncMs: synced.map((sync) => sync.ms),
        integrateMs: synced.map((sync) => sync.integrateMs),
        contents: opened.map((client) => paragraphContent(client.doc)),
      });
      return;
    }
    case 'record': {
      receipts = clients.map(() => []);
      clients.forEach((client, index) => {
        const text = client.doc.getText('bench');
        let seen = text.length;
        text.observe(() => {
          const at = now();
          for (let sequence = seen + 1; sequence <= text.length; sequence++) receipts[index]![sequence] = at;
          seen = text.length;
        });
      });
      reply({ type: 'recording' });
      return;
    }
    case 'type': {
      const text = clients[0]!.doc.getText('bench');
      const sendTimes: number[] = [];
      const interval = 1000 / command.charactersPerSecond;
      const start = now();
      for (let index = 0; index < command.count; index++) {
        const due = start + index * interval;
        const wait = due - now();
        if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
        sendTimes[text.length + 1] = now();
        text.insert(text.length, 'x');
        // With presence on, the writer's caret follows every keystroke, as in the editor.
        if (presence) clients[0]!.awareness.setLocalStateField('cursor', caretAt(clients[0]!, text.length));
      }
      reply({ type: 'typed', sendTimes });
      return;
    }
    case 'burst': {
      const startedAt = now();
      for (let index = 0; index < command.edits; index++) {
        // Each edit at a random place, as people editing different passages would.
        for (const client of clients) {
          const text = client.doc.getText('bench');
          text.insert(Math.floor(Math.random() * (text.length + 1)), 'y');
        }
        // Yield now and then, as a person's client would between keystrokes.
        if (index % 20 === 19) await new Promise((resolve) => setImmediate(resolve));
      }
      reply({ type: 'bursted', startedAt, endedAt: now() });
      return;
    }
    case 'fill': {
      // Builds a long statement in many small edits: each client owns every clientCount-th paragraph.
      const { paragraphs, charactersPerParagraph, editsPerClient, clientIndex, clientCount } = command;
      const doc = clients[0]!.doc;
      const fragment = doc.getXmlFragment('default');
      const chunk = Math.ceil(((paragraphs / clientCount) * charactersPerParagraph) / editsPerClient);
      const mine: Y.XmlText[] = [];
      for (let edit = 0; edit < editsPerClient; edit++) {
        const paragraphIndex = Math.floor((edit * chunk) / charactersPerParagraph) * clientCount + clientIndex;
        if (paragraphIndex >= paragraphs) break;
        let text = mine[paragraphIndex];
        if (text === undefined) {
          const paragraph = new Y.XmlElement('paragraph');
          text = new Y.XmlText();
          paragraph.insert(0, [text]);
          fragment.insert(fragment.length, [paragraph]);
          mine[paragraphIndex] = text;
        }
        text.insert(text.length, 'lorem ipsum dolor sit amet consectetur '.slice(0, chunk).padEnd(chunk, 'x'));
        if (edit % 50 === 49) await new Promise((resolve) => setImmediate(resolve));
      }
      reply({ type: 'filled' });
      return;
    }
    case 'waitForLength': {
      const text = clients[0]!.doc.getText('bench');
      const deadline = now() + command.timeoutMs;
      await new Promise<void>((resolve) => {
        const check = () => {
          if (text.length >= command.length || now() > deadline) {
            text.unobserve(check);
            resolve();
          }
        };
        text.observe(check);
        check();
      });
      reply({ type: 'reached', at: now(), length: text.length });
      return;
    }
    case 'fillText': {
      // Every client writes its own document's text, in 1 KB edits.
      for (let offset = 0; offset < command.characters; offset += 1_000) {
        for (const client of clients) client.doc.getText('bench').insert(offset, 'z'.repeat(Math.min(1_000, command.characters - offset)));
        await new Promise((resolve) => setImmediate(resolve));
      }
      reply({ type: 'filled' });
      return;
    }
    case 'waitForAllLengths': {
      const deadline = now() + command.timeoutMs;
      while (now() < deadline && clients.some((client) => client.doc.getText('bench').length < command.length)) {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      reply({ type: 'reached', at: now(), length: Math.min(...clients.map((client) => client.doc.getText('bench').length)) });
      return;
    }
    case 'storm': {
      // Opens and closes a crowd of clients on one document, again and again, for a bounded time.
      const stopAt = now() + command.durationMs;
      const syncMs: number[] = [];
      let rounds = 0;
      while (now() < stopAt && rounds < 1_000) {
        const started = now();
        const crowd = Array.from({ length: command.clients }, () => connectBenchClient(command.target, command.room));
        await Promise.all(crowd.map((client) => client.synced.then(() => syncMs.push(now() - started))));
        for (const client of crowd) client.destroy();
        rounds++;
      }
      reply({ type: 'stormed', rounds, syncMs });
      return;
    }
    case 'wander': {
      for (const client of clients) {
        const move = () => {
          client.awareness.setLocalStateField('cursor', caretAt(client, Math.floor(Math.random() * (client.doc.getText('bench').length + 1))));
          wanderers.set(client, setTimeout(move, command.everyMs * (0.5 + Math.random())));
        };
        // Staggered: people do not all click at once.
        wanderers.set(client, setTimeout(move, Math.random() * command.everyMs));
      }
      reply({ type: 'wandering' });
      return;
    }
    case 'report':
      reply({ type: 'report', receipts, lengths: clients.map((client) => client.doc.getText('bench').length) });
      return;
    case 'close':
      for (const timer of wanderers.values()) clearTimeout(timer);
      wanderers.clear();
      for (const client of clients.splice(0)) client.destroy();
      reply({ type: 'closed' });
      return;
  }
}

process.on('message', (command: WorkerCommand) => {
  void handle(command).catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
});
