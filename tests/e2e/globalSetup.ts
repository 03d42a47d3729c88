import { ensureChromium } from '../../scripts/ensureChromium.ts';
import buildAccord from '../support/buildGlobalSetup.ts';

/** Browser tests need Chromium and the built client (the server serves dist/client) and server. */
export default function setup(): void {
  ensureChromium();
  buildAccord();
}
