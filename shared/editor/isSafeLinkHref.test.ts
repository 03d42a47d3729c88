import { describe, expect, it } from 'vitest';
import { isSafeLinkHref } from './isSafeLinkHref.ts';

describe('isSafeLinkHref', () => {
  it('allows http, https and mailto', () => {
    expect(isSafeLinkHref('https://www.icann.org/')).toBe(true);
    expect(isSafeLinkHref('http://example.org/a?b=c')).toBe(true);
    expect(isSafeLinkHref('mailto:secretariat@example.org')).toBe(true);
  });

  it('refuses script and data URLs, however they are spelled', () => {
    expect(isSafeLinkHref('javascript:alert(1)')).toBe(false);
    expect(isSafeLinkHref(' JaVaScRiPt:alert(1)')).toBe(false);
    expect(isSafeLinkHref('java\tscript:alert(1)')).toBe(false);
    expect(isSafeLinkHref('data:text/html,<script>alert(1)</script>')).toBe(false);
    expect(isSafeLinkHref('not a url')).toBe(false);
  });
});
