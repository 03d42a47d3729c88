import { WebSocketServer, type WebSocket } from 'ws';

/**
 * The floor: a bare relay with no Yjs work, no storage and no checks. Hub and spokes: the first
 * socket of a room (the benchmark's writer) is the hub; its frames go to every other socket, and
 * every other socket's frames go to the hub alone, which answers their sync requests. (A full
 * mesh would have every reader answer every other reader: N³ frames at 300 readers.)
 */
const port = Number(process.env.PORT ?? 0);
const rooms = new Map<string, WebSocket[]>();
const server = new WebSocketServer({ port, host: '127.0.0.1' });

server.on('connection', (socket, request) => {
  const room = (request.url ?? '/').split('?')[0] ?? '/';
  let members = rooms.get(room);
  if (members === undefined) {
    members = [];
    rooms.set(room, members);
  }
  members.push(socket);
  socket.on('message', (data, isBinary) => {
    const hub = members[0];
    const targets = socket === hub ? members.slice(1) : hub ? [hub] : [];
    for (const other of targets) if (other.readyState === other.OPEN) other.send(data, { binary: isBinary });
  });
  socket.on('close', () => {
    members.splice(members.indexOf(socket), 1);
    if (members.length === 0) rooms.delete(room);
  });
});

server.on('listening', () => {
  const address = server.address();
  console.log(JSON.stringify({ msg: 'listening', port: typeof address === 'object' && address ? address.port : port }));
});
