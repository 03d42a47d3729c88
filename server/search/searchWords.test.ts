import { describe, expect, it } from 'vitest';
import { searchWords } from './searchWords.ts';

describe('searchWords', () => {
  it('keeps letters and digits of any script, lower-cased', () => {
    expect(searchWords('Universal ACCEPTANCE of IDNs, 2026')).toEqual(['universal', 'acceptance', 'of', 'idns', '2026']);
    expect(searchWords('nombres de dominio internacionalizados — Ünïcode')).toEqual(['nombres', 'de', 'dominio', 'internacionalizados', 'ünïcode']);
  });

  it('never passes query syntax on', () => {
    expect(searchWords('"unbalanced NEAR(a b) c* -d ^e :f')).toEqual(['unbalanced', 'near', 'a', 'b', 'c', 'd', 'e', 'f']);
    expect(searchWords('*** ))) ""')).toEqual([]);
  });

  it('takes at most twelve words', () => {
    expect(searchWords('a '.repeat(40))).toHaveLength(12);
  });
});
