import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_PATH } from '../../../scripts/ensureChromium.ts';

/** Debian's Chromium, headless, with everything that would reach outside this machine turned off. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}
