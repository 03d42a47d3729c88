import { Server } from '@hocuspocus/server';
import { SQLite } from '@hocuspocus/extension-sqlite';

/** Hocuspocus 3 (the newest on Node 20): in memory, or with its SQLite extension when SQLITE_PATH is set. */
const port = Number(process.env.PORT ?? 0);
const sqlitePath = process.env.SQLITE_PATH;
const server = new Server({
  port,
  address: '127.0.0.1',
  quiet: true,
  extensions: sqlitePath ? [new SQLite({ database: sqlitePath })] : [],
});
await server.listen();
console.log(JSON.stringify({ msg: 'listening', port: server.address.port }));
