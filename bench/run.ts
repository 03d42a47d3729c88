import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { bundleSize } from './scenarios/bundleSize.ts';
import { editorLatency } from './scenarios/editorLatency.ts';
import { fanOut } from './scenarios/fanOut.ts';
import { load } from './scenarios/load.ts';
import { manyDocuments } from './scenarios/manyDocuments.ts';
import { presence } from './scenarios/presence.ts';
import { syncStorm } from './scenarios/syncStorm.ts';
import { throughput } from './scenarios/throughput.ts';
import type { ScenarioResult } from './scenarios/ScenarioResult.ts';
import { PEERS, SERVER_KINDS, startBenchServer, type BenchServer, type ServerKind } from './servers/benchServers.ts';
import { markdownTable, type Metric } from './table.ts';
import { updateReadme } from './updateReadme.ts';

/**
 * `npm run bench`: every scenario against every server, one server at a time, on loopback; prints
 * a Markdown table per scenario (with ratios to the floor and to the best peer) and writes
 * bench/results/<date>.json. `npm run bench -- fanOut` runs only the scenarios named.
 */
interface Scenario {
  name: string;
  title: string;
  servers: readonly ServerKind[];
  metrics: { key: string; name: string; unit: string; lowerIsBetter: boolean }[];
  run(server: BenchServer): Promise<ScenarioResult>;
}

const fanOutMetrics = [
  { key: 'p50', name: 'p50 latency', unit: 'ms', lowerIsBetter: true },
  { key: 'p95', name: 'p95 latency', unit: 'ms', lowerIsBetter: true },
  { key: 'p99', name: 'p99 latency', unit: 'ms', lowerIsBetter: true },
  { key: 'max', name: 'max latency', unit: 'ms', lowerIsBetter: true },
  { key: 'lost', name: 'lost updates', unit: 'count', lowerIsBetter: true },
  { key: 'cpuMicrosecondsPerDelivered', name: 'server CPU per delivered update', unit: 'µs', lowerIsBetter: true },
];

// Scenarios that need a server to hold documents have no floor: a relay keeps nothing.
const STATEFUL: ServerKind[] = [...PEERS, 'accord'];
// Accord's three processes on PostgreSQL and Redis run where the issue asks for them: fan-out,
// throughput and load (and presence).
const STATEFUL_AND_CLUSTER: ServerKind[] = [...STATEFUL, 'accord-cluster'];

const SCENARIOS: Scenario[] = [
  ...[10, 100, 300].map((readers) => ({
    name: 'fanOut',
    title: `a. Fan-out latency, 1 writer at 30 characters/s, ${readers} readers`,
    servers: SERVER_KINDS,
    metrics: fanOutMetrics,
    run: (server: BenchServer) => fanOut(server, readers),
  })),
  {
    name: 'manyDocuments',
    title: 'b. Many documents: 200 documents, 2 clients and 20 KB each',
    servers: STATEFUL,
    metrics: [
      { key: 'openMs', name: 'open all 200 (second client)', unit: 'ms', lowerIsBetter: true },
      { key: 'memoryPerDocumentKiB', name: 'server memory per loaded document', unit: 'KiB', lowerIsBetter: true },
      { key: 'idleMemoryPerDocumentKiB', name: 'server memory per document after idle', unit: 'KiB', lowerIsBetter: true },
    ],
    run: manyDocuments,
  },
  {
    name: 'load',
    title: 'c. Load: a 100-page statement (300,000 characters, 2,000 paragraphs, ~15,000 edits)',
    servers: STATEFUL_AND_CLUSTER,
    metrics: [
      { key: 'warmMs', name: 'fresh client holds it all, warm (median of 5)', unit: 'ms', lowerIsBetter: true },
      { key: 'warmIntegrateMs', name: '… of which the client decoding and integrating it', unit: 'ms', lowerIsBetter: true },
      { key: 'coldMs', name: 'fresh client holds it all, after restart', unit: 'ms', lowerIsBetter: true },
      { key: 'coldIntegrateMs', name: '… of which the client decoding and integrating it', unit: 'ms', lowerIsBetter: true },
      { key: 'partialSyncs', name: 'empty or partial "synced"', unit: 'count', lowerIsBetter: true },
    ],
    run: load,
  },
  {
    name: 'throughput',
    title: 'd. Throughput: 20 writers, 20,000 edits, one observer',
    servers: SERVER_KINDS,
    metrics: [
      { key: 'editsPerSecond', name: 'edits per second at the observer', unit: 'edits/s', lowerIsBetter: false },
      { key: 'cpuSecondsPer1000', name: 'server CPU per 1,000 edits', unit: 's', lowerIsBetter: true },
      { key: 'lost', name: 'lost edits', unit: 'count', lowerIsBetter: true },
    ],
    run: throughput,
  },
  {
    name: 'syncStorm',
    title: 'f. Sync storm: 20 clients opening and closing the 100-page statement, 10 readers of a small one',
    servers: STATEFUL,
    metrics: [
      { key: 'quietP99', name: 'small document p99, quiet', unit: 'ms', lowerIsBetter: true },
      { key: 'stormP99', name: 'small document p99, during the storm', unit: 'ms', lowerIsBetter: true },
      { key: 'stormRounds', name: 'storm rounds of 20 opens', unit: 'count', lowerIsBetter: false },
    ],
    run: syncStorm,
  },
  {
    name: 'presence',
    title: 'g. Presence: 300 clients in one document, 1 typing at 30 characters/s, carets shared (readers move theirs every ~5 s)',
    servers: ['y-websocket', 'hocuspocus', 'accord', 'accord-cluster'],
    metrics: [
      { key: 'p50Without', name: 'p50 latency, presence off', unit: 'ms', lowerIsBetter: true },
      { key: 'p95Without', name: 'p95 latency, presence off', unit: 'ms', lowerIsBetter: true },
      { key: 'p50With', name: 'p50 latency, presence on', unit: 'ms', lowerIsBetter: true },
      { key: 'p95With', name: 'p95 latency, presence on', unit: 'ms', lowerIsBetter: true },
      { key: 'p95Ratio', name: 'p95 on ÷ p95 off (target ≤ 1.5)', unit: '×', lowerIsBetter: true },
      { key: 'lost', name: 'lost updates', unit: 'count', lowerIsBetter: true },
      { key: 'cpuMicrosecondsPerDelivered', name: 'server CPU per delivered update, presence on', unit: 'µs', lowerIsBetter: true },
    ],
    run: presence,
  },
];

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  const chosen = SCENARIOS.filter((scenario) => only.length === 0 || only.includes(scenario.name));
  const report: { machine: Record<string, unknown>; scenarios: { title: string; results: Partial<Record<ServerKind, ScenarioResult>> }[] } = {
    machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version },
    scenarios: [],
  };
  const tables: string[] = [];
  for (const scenario of chosen) {
    const results: Partial<Record<ServerKind, ScenarioResult>> = {};
    // BENCH_SERVERS=accord,relay limits a run to some servers (profiling one of them, say).
    const wanted = process.env.BENCH_SERVERS?.split(',');
    for (const kind of scenario.servers.filter((server) => wanted === undefined || wanted.includes(server))) {
      process.stderr.write(`${scenario.title}: ${kind}…\n`);
      const server = await startBenchServer(kind);
      try {
        results[kind] = await scenario.run(server);
      } catch (error) {
        process.stderr.write(`  failed: ${error instanceof Error ? error.message : String(error)}\n`);
      } finally {
        await server.stop();
      }
    }
    report.scenarios.push({ title: scenario.title, results });
    const metrics: Metric[] = scenario.metrics.map((metric) => ({
      name: metric.name,
      unit: metric.unit,
      lowerIsBetter: metric.lowerIsBetter,
      values: Object.fromEntries(Object.entries(results).map(([kind, result]) => [kind, result[metric.key]])),
    }));
    const table = markdownTable(scenario.title, metrics, scenario.servers);
    tables.push(table);
    console.log(`${table}\n`);
  }
  if ((only.length === 0 || only.includes('editor')) && process.env.BENCH_SERVERS === undefined) {
    const table = await editorTable();
    tables.push(table);
    console.log(`${table}\n`);
  }
  const file = path.join(import.meta.dirname, 'results', `${new Date().toISOString().slice(0, 10)}.json`);
  fs.writeFileSync(file, `${JSON.stringify({ ...report, tables }, null, 2)}\n`);
  console.log(`Results written to ${path.relative(process.cwd(), file)}`);
  if (only.length === 0 && process.env.BENCH_SERVERS === undefined) {
    const machine = `${new Date().toISOString().slice(0, 10)}, ${report.machine.cpus} × ${String(report.machine.cpuModel)}, ${String(report.machine.memoryGiB)} GiB, Node ${process.version}`;
    updateReadme(machine, tables);
  }
}

/** e. The editor in Chromium and the size of the client: Accord against the browser's floor and the bare stack. */
async function editorTable(): Promise<string> {
  process.stderr.write('e. Editor in Chromium and client size…\n');
  const sizes = await bundleSize();
  const server = await startBenchServer('accord');
  let latency: ScenarioResult = {};
  try {
    latency = await editorLatency(server);
  } catch (error) {
    process.stderr.write(`  failed: ${error instanceof Error ? error.message : String(error)}\n`);
  } finally {
    await server.stop();
  }
  const row = (name: string, value: number | undefined, reference: number | undefined, referenceName: string) =>
    `| ${name} | ${value?.toFixed(2) ?? 'n/a'} | ${reference === undefined ? '' : `${reference.toFixed(2)} (${referenceName})`} | ${value !== undefined && reference ? `${(value / reference).toFixed(2)}×` : ''} |`;
  const floorP50 = latency['plain contenteditable floor: keypress to paint p50 (ms)'];
  const floorP95 = latency['plain contenteditable floor: keypress to paint p95 (ms)'];
  return [
    '### e. The editor in Chromium, and the client size',
    '',
    '| metric | Accord | reference | ratio |',
    '|---|---|---|---|',
    row('100 pages, 3 remote typists: keypress to paint p50 (ms)', latency['100 pages: keypress to paint p50 (ms)'], undefined, ''),
    row('100 pages, 3 remote typists: keypress to paint p95 (ms)', latency['100 pages: keypress to paint p95 (ms)'], 16, 'one frame'),
    row('100 pages: script per keystroke (ms)', latency['100 pages: script per keystroke (ms)'], undefined, ''),
    row('10,000 paragraphs: keypress to paint p50 (ms)', latency['10,000 paragraphs: keypress to paint p50 (ms)'], floorP50, 'plain contenteditable'),
    row('10,000 paragraphs: keypress to paint p95 (ms)', latency['10,000 paragraphs: keypress to paint p95 (ms)'], floorP95, 'plain contenteditable'),
    row('10,000 paragraphs: script per keystroke (ms)', latency['10,000 paragraphs: script per keystroke (ms)'], 4, 'target'),
    row('initial route JavaScript + CSS (KiB gzip)', sizes.initialRouteKiB, undefined, ''),
    row('editor route JavaScript + CSS (KiB gzip)', sizes.editorRouteKiB, sizes.bareStackKiB, 'bare React + TipTap + Yjs stack'),
  ].join('\n');
}

await main();
