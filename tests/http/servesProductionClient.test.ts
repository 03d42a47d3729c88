import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAccord, type AccordProcess } from '../support/startAccord.ts';

/** Every script the page names: the entry and the chunks it preloads. */
function scriptsOf(html: string): string[] {
  return [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.js)"/g)].map((match) => match[1] ?? '');
}

/**
 * The app is served with React's production build, even when it was built under a runner that sets NODE_ENV
 * (Vitest sets `test`, and Vite follows NODE_ENV). The development build is slower, and mounts every page twice
 * under StrictMode: two collaboration sockets per statement, and effects that ran twice where users run them once.
 */
describe('the served client', () => {
  let server: AccordProcess;

  beforeAll(async () => {
    server = await startAccord();
  });

  afterAll(async () => {
    await server?.dispose();
  });

  it('is the production build of React', async () => {
    const html = await (await fetch(`${server.url}/`)).text();
    const scripts = scriptsOf(html);
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) {
      const code = await (await fetch(`${server.url}${script}`)).text();
      // The development JSX runtime's entry point, which production builds never contain.
      expect(code, script).not.toContain('jsxDEV');
    }
  });
});
