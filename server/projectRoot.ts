import fs from 'node:fs';
import path from 'node:path';

/**
 * The repository's root (the folder with package.json), found from this file whether it runs from
 * its TypeScript source (server/) or compiled (dist/server/server/), so paths to the built client
 * and to server assets hold in both.
 */
function findProjectRoot(from: string): string {
  let folder = from;
  while (!fs.existsSync(path.join(folder, 'package.json'))) {
    const parent = path.dirname(folder);
    if (parent === folder) throw new Error(`no package.json above ${from}`);
    folder = parent;
  }
  return folder;
}

export const PROJECT_ROOT = findProjectRoot(import.meta.dirname);
