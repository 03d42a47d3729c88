import i18next, { type TFunction } from 'i18next';
import ICU from 'i18next-icu';
import { beforeAll, describe, expect, it } from 'vitest';
import english from '../../shared/i18n/locales/en/account.json' with { type: 'json' };
import spanish from '../../shared/i18n/locales/es/account.json' with { type: 'json' };
import { describeBrowser as describeIn } from './describeBrowser.ts';

let t: TFunction;
let tSpanish: TFunction;

beforeAll(async () => {
  const i18n = i18next.createInstance();
  await i18n.use(ICU).init({ lng: 'en', resources: { en: { account: english }, es: { account: spanish } }, interpolation: { escapeValue: false } });
  t = i18n.getFixedT('en');
  tSpanish = i18n.getFixedT('es');
});

const describeBrowser = (userAgent: string | null) => describeIn(userAgent, t);

describe('describeBrowser', () => {
  it('names common browsers and systems', () => {
    expect(describeBrowser('Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0')).toBe('Firefox on Windows');
    expect(describeBrowser('Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15')).toBe(
      'Safari on macOS',
    );
    expect(describeBrowser('Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36 Edg/126.0.0.0')).toBe(
      'Edge on Linux',
    );
    expect(
      describeBrowser(
        'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
      ),
    ).toBe('Safari on iPhone');
    expect(describeBrowser('Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Mobile Safari/537.36')).toBe(
      'Chrome on Android',
    );
  });

  it('says so when it cannot tell', () => {
    expect(describeBrowser(null)).toBe('Unknown browser');
    expect(describeBrowser('node')).toBe('Another program');
  });

  it('speaks the reader’s language', () => {
    expect(describeIn('Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0', tSpanish)).toBe('Firefox en Windows');
    expect(describeIn(null, tSpanish)).toBe('Navegador desconocido');
  });
});
