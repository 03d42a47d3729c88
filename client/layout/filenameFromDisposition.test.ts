import { describe, expect, it } from 'vitest';
import { filenameFromDisposition } from './filenameFromDisposition.ts';

describe('filenameFromDisposition', () => {
  it('reads a quoted, a bare and an encoded name, the encoded one first', () => {
    expect(filenameFromDisposition('attachment; filename="joint-statement.pdf"')).toBe('joint-statement.pdf');
    expect(filenameFromDisposition('inline; filename=joint.md')).toBe('joint.md');
    expect(filenameFromDisposition(`attachment; filename="declaration.pdf"; filename*=UTF-8''d%C3%A9claration.pdf`)).toBe('déclaration.pdf');
  });

  it('keeps only the last path segment, and gives null when there is no name', () => {
    expect(filenameFromDisposition('attachment; filename="../../etc/passwd"')).toBe('passwd');
    expect(filenameFromDisposition('attachment')).toBeNull();
    expect(filenameFromDisposition(null)).toBeNull();
  });
});
