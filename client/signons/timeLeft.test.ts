import i18next, { type TFunction } from 'i18next';
import ICU from 'i18next-icu';
import { beforeAll, describe, expect, it } from 'vitest';
import en from '../../shared/i18n/locales/en/signons.json' with { type: 'json' };
import fr from '../../shared/i18n/locales/fr/signons.json' with { type: 'json' };
import { timeLeft } from './timeLeft.ts';

const MINUTE = 60_000;
let english: TFunction;
let french: TFunction;

beforeAll(async () => {
  const i18n = i18next.createInstance().use(ICU);
  await i18n.init({ lng: 'en', resources: { en: { signons: en }, fr: { signons: fr } }, interpolation: { escapeValue: false } });
  english = i18n.getFixedT('en');
  french = i18n.getFixedT('fr');
});

describe('timeLeft', () => {
  it('names the two largest units', () => {
    expect(timeLeft((2 * 1440 + 4 * 60 + 30) * MINUTE, english)).toBe('2 days 4 hours');
    expect(timeLeft((3 * 60 + 12) * MINUTE + 40_000, english)).toBe('3 hours 12 minutes');
    expect(timeLeft(1440 * MINUTE, english)).toBe('1 day');
    expect(timeLeft(60 * MINUTE, english)).toBe('1 hour');
    expect(timeLeft(5 * MINUTE, english)).toBe('5 minutes');
    expect(timeLeft(MINUTE, english)).toBe('1 minute');
  });

  it('says less than a minute at the very end', () => {
    expect(timeLeft(59_000, english)).toBe('less than a minute');
    expect(timeLeft(0, english)).toBe('less than a minute');
  });

  it('speaks the reader’s language, plurals included', () => {
    expect(timeLeft((2 * 1440 + 60) * MINUTE, french)).toBe('2 jours 1 heure');
    expect(timeLeft(30_000, french)).toBe('moins d’une minute');
  });
});
