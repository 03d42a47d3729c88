import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PERMISSIONS_DOC, permissionsDoc } from '../../scripts/permissionsDoc.ts';

describe('docs/PERMISSIONS.md', () => {
  it('is what the generator writes from the permission table now (run `npm run permissions:doc`)', () => {
    expect(fs.readFileSync(PERMISSIONS_DOC, 'utf8')).toBe(permissionsDoc());
  });
});
