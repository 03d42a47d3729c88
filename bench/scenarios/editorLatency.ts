import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium } from '../../tests/e2e/support/launchChromium.ts';
import { ClientProcess } from '../clients/ClientProcess.ts';
import { percentiles } from '../percentiles.ts';
import type { BenchServer } from '../servers/benchServers.ts';
import type { ScenarioResult } from './ScenarioResult.ts';

const KEYSTROKES = 120;

/**
 * In the page: for each keydown, the time until the frame after it has painted (a rAF, then a
 * task after that frame), collected in window.__keyLatencies.
 */
const MEASURE_KEYS = `
  window.__keyLatencies = [];
  document.addEventListener('keydown', (event) => {
    const start = event.timeStamp;
    requestAnimationFrame(() => setTimeout(() => window.__keyLatencies.push(performance.now() - start), 0));
  }, true);
`;

async function typeAndMeasure(page: Page, selector: string, profileName: string): Promise<{ p50: number; p95: number; scriptMsPerKey: number }> {
  await page.evaluate(MEASURE_KEYS);
  const session = await page.context().newCDPSession(page);
  await session.send('Performance.enable');
  // BENCH_PROFILE_DIR=dir also writes the page's CPU profile while typing (bench/NOTES.md).
  const profileDir = process.env.BENCH_PROFILE_DIR;
  if (profileDir) {
    await session.send('Profiler.enable');
    await session.send('Profiler.setSamplingInterval', { interval: 200 });
    await session.send('Profiler.start');
  }
  const scriptSeconds = async () => {
    const { metrics } = await session.send('Performance.getMetrics');
    return metrics.find((metric) => metric.name === 'ScriptDuration')?.value ?? 0;
  };
  await page.locator(selector).first().click();
  await page.keyboard.press('Control+Home');
  const before = await scriptSeconds();
  for (let index = 0; index < KEYSTROKES; index++) {
    await page.keyboard.type(index % 10 === 9 ? ' ' : 'k');
    await page.waitForTimeout(30);
  }
  const after = await scriptSeconds();
  if (profileDir) {
    const { profile } = await session.send('Profiler.stop');
    fs.mkdirSync(profileDir, { recursive: true });
    fs.writeFileSync(path.join(profileDir, `editor-${profileName}.cpuprofile`), JSON.stringify(profile));
  }
  const latencies = await page.evaluate(() => (window as unknown as { __keyLatencies: number[] }).__keyLatencies);
  const stats = percentiles(latencies);
  return { p50: stats.p50, p95: stats.p95, scriptMsPerKey: ((after - before) * 1000) / KEYSTROKES };
}

/** Fills a statement with `paragraphs` paragraphs through 3 clients; returns its id and a holder. */
async function longStatement(server: BenchServer, paragraphs: number, charactersPerParagraph: number): Promise<{ id: string; holders: ClientProcess[] }> {
  const [id] = await server.rooms(1);
  const holders = Array.from({ length: 3 }, () => new ClientProcess());
  await Promise.all(holders.map((holder) => holder.request({ type: 'open', target: server.target, rooms: [id!] }, 'opened')));
  await Promise.all(
    holders.map((holder, clientIndex) =>
      holder.request({ type: 'fill', paragraphs, charactersPerParagraph, editsPerClient: 5_000, clientIndex, clientCount: 3 }, 'filled', 300_000),
    ),
  );
  return { id: id!, holders };
}

/**
 * e. The editor in Chromium: keypress-to-paint and script time per keystroke in the 100-page
 * statement while 3 remote collaborators type, then at 10,000 paragraphs next to a plain
 * contenteditable page holding the same text (the browser's own floor).
 */
export async function editorLatency(server: BenchServer): Promise<ScenarioResult> {
  const browser = await launchChromium();
  const result: ScenarioResult = {};
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const cookie = (server.target.cookie ?? '=').split('=');
    await context.addCookies([{ name: cookie[0]!, value: cookie.slice(1).join('='), url: server.httpUrl }]);
    const page = await context.newPage();

    for (const [label, paragraphs, characters] of [
      ['100 pages', 2_000, 150],
      ['10,000 paragraphs', 10_000, 60],
    ] as const) {
      const { id, holders } = await longStatement(server, paragraphs, characters);
      await page.goto(`${server.httpUrl}/statements/${id}`);
      await page.locator('[data-testid="connection-status"][data-state="saved"]').waitFor({ timeout: 120_000 });
      await page.waitForFunction((count) => document.querySelectorAll('.ProseMirror p').length >= count, paragraphs, { timeout: 120_000 });
      // Three remote collaborators typing while we type.
      const typing = holders.map((holder) => holder.request({ type: 'type', charactersPerSecond: 5, count: 40 }, 'typed', 60_000));
      const accord = await typeAndMeasure(page, '.ProseMirror p', `${paragraphs}-paragraphs`);
      await Promise.all(typing);
      result[`${label}: keypress to paint p50 (ms)`] = accord.p50;
      result[`${label}: keypress to paint p95 (ms)`] = accord.p95;
      result[`${label}: script per keystroke (ms)`] = accord.scriptMsPerKey;
      if (paragraphs === 10_000) {
        const plain = await context.newPage();
        await plain.setContent(
          `<div contenteditable="true" style="max-width:40rem;margin:auto;font:18px/1.7 serif">${'<p>lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod</p>'.repeat(paragraphs)}</div>`,
        );
        const floor = await typeAndMeasure(plain, 'p', 'plain-contenteditable');
        result['plain contenteditable floor: keypress to paint p50 (ms)'] = floor.p50;
        result['plain contenteditable floor: keypress to paint p95 (ms)'] = floor.p95;
        await plain.close();
      }
      await Promise.all(holders.map((holder) => holder.close()));
    }
  } finally {
    await browser.close();
  }
  return result;
}
