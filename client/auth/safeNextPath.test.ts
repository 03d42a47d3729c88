import { describe, expect, it } from 'vitest';
import { safeNextPath } from './safeNextPath.ts';

describe('safeNextPath', () => {
  it('keeps paths on this site', () => {
    expect(safeNextPath('/statements/abc')).toBe('/statements/abc');
  });

  it('refuses other origins and protocol-relative URLs', () => {
    expect(safeNextPath('https://evil.example')).toBe('/');
    expect(safeNextPath('//evil.example')).toBe('/');
    expect(safeNextPath('/\\evil.example')).toBe('/');
    expect(safeNextPath(null)).toBe('/');
  });
});
