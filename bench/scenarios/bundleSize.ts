import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type Rollup } from 'vite';
import react from '@vitejs/plugin-react';

const ROOT = path.resolve(import.meta.dirname, '../..');

function gzipKiB(code: string | Uint8Array): number {
  return gzipSync(code).byteLength / 1024;
}

/** Built client sizes (gzip): the first route, the editor route, and the bare editor stack for comparison. */
export async function bundleSize(): Promise<Record<string, number>> {
  await build({ configFile: path.join(ROOT, 'vite.config.ts'), logLevel: 'warn' });
  const assets = path.join(ROOT, 'dist/client/assets');
  const files = fs.readdirSync(assets);
  const sizeOf = (predicate: (file: string) => boolean) =>
    files.filter(predicate).reduce((sum, file) => sum + gzipKiB(fs.readFileSync(path.join(assets, file))), 0);
  const initial = sizeOf((file) => /^index-.*\.(js|css)$/.test(file));
  const editorChunks = sizeOf((file) => /^StatementPage-.*\.js$/.test(file));
  const bare = (await build({
    configFile: false,
    logLevel: 'warn',
    plugins: [react()],
    build: { write: false, rollupOptions: { input: path.join(import.meta.dirname, '../editor/bareStack.ts') } },
  })) as Rollup.RollupOutput | Rollup.RollupOutput[];
  const outputs = Array.isArray(bare) ? bare : [bare];
  const bareKiB = outputs
    .flatMap((output) => output.output)
    .filter((chunk): chunk is Rollup.OutputChunk => chunk.type === 'chunk')
    .reduce((sum, chunk) => sum + gzipKiB(chunk.code), 0);
  return { initialRouteKiB: initial, editorRouteKiB: initial + editorChunks, bareStackKiB: bareKiB };
}
