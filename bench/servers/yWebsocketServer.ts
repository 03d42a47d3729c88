import http from 'node:http';
import { WebSocketServer } from 'ws';
// The reference server: @y/websocket-server 0.1.1, in memory, as its own bin runs it.
import { setupWSConnection } from '@y/websocket-server/utils';

const port = Number(process.env.PORT ?? 0);
const server = http.createServer((_request, response) => {
  response.writeHead(200);
  response.end('ok');
});
const sockets = new WebSocketServer({ noServer: true });
sockets.on('connection', setupWSConnection);
server.on('upgrade', (request, socket, head) => {
  sockets.handleUpgrade(request, socket, head, (webSocket) => sockets.emit('connection', webSocket, request));
});
server.listen(port, '127.0.0.1', () => {
  const address = server.address();
  console.log(JSON.stringify({ msg: 'listening', port: typeof address === 'object' && address ? address.port : port }));
});
