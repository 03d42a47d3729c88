import i18next from 'i18next';
import ICU from 'i18next-icu';
import { beforeAll, describe, expect, it } from 'vitest';
import english from '../../shared/i18n/locales/en/time.json' with { type: 'json' };
import french from '../../shared/i18n/locales/fr/time.json' with { type: 'json' };
import { formatCountdown } from './formatCountdown.ts';
import { formatDeadline } from './formatDeadline.ts';

beforeAll(async () => {
  await i18next.use(ICU).init({ lng: 'en', resources: { en: { time: english }, fr: { time: french } }, interpolation: { escapeValue: false } });
});

describe('deadline display', () => {
  it('counts whole days left', async () => {
    await i18next.changeLanguage('en');
    const now = Date.parse('2031-03-02T12:00:00Z');
    expect(formatCountdown('2031-03-14T16:00:00Z', now)).toBe('12 days left');
    expect(formatCountdown('2031-03-03T13:00:00Z', now)).toBe('1 day left');
    expect(formatCountdown('2031-03-02T13:00:00Z', now)).toBe('less than a day left');
    expect(formatCountdown('2031-03-01T13:00:00Z', now)).toBe('passed');
  });

  it('counts in the interface’s language', async () => {
    await i18next.changeLanguage('fr');
    const now = Date.parse('2031-03-02T12:00:00Z');
    expect(formatCountdown('2031-03-14T16:00:00Z', now)).toBe('12 jours restants');
    expect(formatCountdown('2031-03-03T13:00:00Z', now)).toBe('1 jour restant');
    await i18next.changeLanguage('en');
  });

  it('shows the time in the viewer’s zone and names it', () => {
    expect(formatDeadline('2031-03-14T16:00:00Z', 'America/New_York', { locale: 'en-GB' })).toContain('12:00');
    expect(formatDeadline('2031-03-14T16:00:00Z', 'America/New_York', { locale: 'en-GB' })).toContain('(America/New_York)');
    expect(formatDeadline('2031-03-14T23:30:00Z', 'Asia/Tokyo', { dateOnly: true, locale: 'en-GB' })).toContain('15');
  });

  it('writes the date in the reader’s locale', () => {
    expect(formatDeadline('2031-03-14T16:00:00Z', 'UTC', { locale: 'en-GB' })).toContain('14 March 2031');
    expect(formatDeadline('2031-03-14T16:00:00Z', 'UTC', { locale: 'fr' })).toContain('vendredi 14 mars 2031');
    expect(formatDeadline('2031-03-14T16:00:00Z', 'UTC', { dateOnly: true, locale: 'es' })).toBe('14 de marzo');
  });
});
