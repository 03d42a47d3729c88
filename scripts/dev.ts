import { spawn, type ChildProcess } from 'node:child_process';

/** `npm run dev`: the server (restarting on change) and Vite's dev server with hot reload, together. */
const children: ChildProcess[] = [
  spawn(process.execPath, ['--import', 'tsx', '--watch', 'server/main.ts'], { stdio: 'inherit' }),
  spawn(process.execPath, ['node_modules/vite/bin/vite.js'], { stdio: 'inherit' }),
];

console.log('\n  Accord dev: open http://127.0.0.1:5173 (API and websockets are proxied to :3000)\n');

function stopAll(): void {
  for (const child of children) child.kill('SIGTERM');
}
for (const child of children) {
  child.on('exit', (code) => {
    stopAll();
    process.exitCode = code ?? 0;
  });
}
process.on('SIGINT', stopAll);
process.on('SIGTERM', stopAll);
