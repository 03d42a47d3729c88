import { PEERS, type ServerKind } from './servers/benchServers.ts';

/** One measured figure per server, and which way is better. */
export interface Metric {
  name: string;
  unit: string;
  lowerIsBetter: boolean;
  values: Partial<Record<ServerKind, number>>;
}

function format(value: number | undefined): string {
  if (value === undefined || Number.isNaN(value)) return 'n/a';
  if (Math.abs(value) >= 100) return value.toFixed(0);
  if (Math.abs(value) >= 10) return value.toFixed(1);
  return value.toFixed(2);
}

/**
 * A Markdown table: each server's figure, then Accord's ratio to the floor (the bare relay) and
 * to the best peer. Ratios read the same way for every row: below 1 is better for Accord when
 * lower is better, above 1 when higher is better.
 */
export function markdownTable(title: string, metrics: readonly Metric[], servers: readonly ServerKind[]): string {
  const clustered = servers.includes('accord-cluster');
  const header = ['metric', ...servers, 'Accord ÷ floor', 'Accord ÷ best peer', ...(clustered ? ['accord-cluster ÷ best peer'] : [])];
  const lines = [`### ${title}`, '', `| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`];
  for (const metric of metrics) {
    const accord = metric.values.accord;
    const floor = metric.values.relay;
    const peerValues = PEERS.map((peer) => metric.values[peer]).filter((value): value is number => value !== undefined && !Number.isNaN(value));
    const best = peerValues.length === 0 ? undefined : metric.lowerIsBetter ? Math.min(...peerValues) : Math.max(...peerValues);
    const ratio = (value: number | undefined, other: number | undefined) =>
      value === undefined || other === undefined || other === 0 ? 'n/a' : `${(value / other).toFixed(2)}×`;
    const cells = [ratio(accord, floor), ratio(accord, best), ...(clustered ? [ratio(metric.values['accord-cluster'], best)] : [])];
    lines.push(`| ${metric.name} (${metric.unit}) | ${servers.map((server) => format(metric.values[server])).join(' | ')} | ${cells.join(' | ')} |`);
  }
  return lines.join('\n');
}
