import i18next, { type TFunction } from 'i18next';
import ICU from 'i18next-icu';
import { beforeAll, describe, expect, it } from 'vitest';
import english from '../../shared/i18n/locales/en/layout.json' with { type: 'json' };
import { TransferError } from './TransferError.ts';
import { transferErrorMessage } from './transferErrorMessage.ts';

let t: TFunction<'layout'>;

beforeAll(async () => {
  const instance = i18next.createInstance();
  await instance.use(ICU).init({ lng: 'en', ns: ['layout'], defaultNS: 'layout', resources: { en: { layout: english } } });
  t = instance.getFixedT('en', 'layout') as TFunction<'layout'>;
});

describe('transferErrorMessage: why a file did not come, and what to do', () => {
  it('says a 413 is too large to export, with what to try instead', () => {
    expect(transferErrorMessage(new TransferError(413), 'PDF', 'download', t)).toBe(
      'The statement is too large to export as a PDF file; try another format, or ask the secretariat to split the text.',
    );
    expect(transferErrorMessage(new TransferError(413), 'Word', 'upload', t)).toMatch(/^The Word file is too large to import;/);
  });

  it('gives a 429 the wait from Retry-After, and a lost connection and a 5xx their own advice', () => {
    expect(transferErrorMessage(TransferError.refused(429, '30'), 'PDF', 'download', t)).toBe(
      'Too many requests in a short time. Wait 30 seconds, then try the PDF file again.',
    );
    expect(transferErrorMessage(TransferError.refused(429, null), 'PDF', 'download', t)).toMatch(/Wait a minute/);
    expect(transferErrorMessage(new TransferError(0), 'CSV', 'download', t)).toMatch(/^The CSV file did not arrive: the connection was lost\./);
    expect(transferErrorMessage(new TransferError(502), 'PDF', 'download', t)).toMatch(/\(error 502\)\. Try again in a moment/);
  });
});
