import { describe, expect, it } from 'vitest';
import { countText } from './countText.ts';

describe('countText', () => {
  it('counts words joined by apostrophes and hyphens once, and punctuation as none', () => {
    expect(countText('The multi-stakeholder model – it’s ours.').words).toBe(5);
    expect(countText('  ').words).toBe(0);
    expect(countText('Déclaration commune, 2031').words).toBe(3);
  });
});
