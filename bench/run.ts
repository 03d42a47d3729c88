import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fanOut } from './scenarios/fanOut.ts';
import type { ScenarioResult } from './scenarios/ScenarioResult.ts';
import { SERVER_KINDS, startBenchServer, type BenchServer, type ServerKind } from './servers/benchServers.ts';
import { markdownTable, type Metric } from './table.ts';

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

const SCENARIOS: Scenario[] = [10, 100, 300].map((readers) => ({
  name: 'fanOut',
  title: `a. Fan-out latency, 1 writer at 30 characters/s, ${readers} readers`,
  servers: SERVER_KINDS,
  metrics: fanOutMetrics,
  run: (server: BenchServer) => fanOut(server, readers),
}));

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
    for (const kind of scenario.servers) {
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
  const file = path.join(import.meta.dirname, 'results', `${new Date().toISOString().slice(0, 10)}.json`);
  fs.writeFileSync(file, `${JSON.stringify({ ...report, tables }, null, 2)}\n`);
  console.log(`Results written to ${path.relative(process.cwd(), file)}`);
}

await main();
