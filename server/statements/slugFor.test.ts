import { describe, expect, it } from 'vitest';
import { slugFor } from './slugFor.ts';

describe('slugFor', () => {
  it('keeps the words of the title, without accents or punctuation', () => {
    expect(slugFor('Réponse à la consultation: WSIS+20!')).toMatch(/^reponse-a-la-consultation-wsis-20-[0-9a-f]{6}$/);
  });

  it('falls back to "statement" when nothing readable is left', () => {
    expect(slugFor('???')).toMatch(/^statement-[0-9a-f]{6}$/);
  });
});
