import fs from 'node:fs';
import path from 'node:path';

/**
 * `node --import tsx bench/summariseProfile.ts file.cpuprofile [count]`: the functions that took the
 * most time in a V8 CPU profile (from `node --cpu-prof` or the editor scenario), by self time and by
 * total time (self plus everything they called), so a profile can be quoted in bench/NOTES.md.
 */
interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

function label(node: ProfileNode): string {
  const { functionName, url, lineNumber } = node.callFrame;
  const file = url ? path.basename(url.split('?')[0]!) : '';
  return `${functionName || '(anonymous)'}${file ? ` ${file}:${lineNumber + 1}` : ''}`;
}

export function summariseProfile(profile: CpuProfile, count: number): string {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);

  const selfMicros = new Map<number, number>();
  profile.samples.forEach((id, index) => {
    selfMicros.set(id, (selfMicros.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0));
  });

  const self = new Map<string, number>();
  const total = new Map<string, number>();
  let busy = 0;
  for (const [id, micros] of selfMicros) {
    const node = byId.get(id)!;
    const name = label(node);
    if (name.startsWith('(idle)') || name.startsWith('(program)')) continue;
    busy += micros;
    self.set(name, (self.get(name) ?? 0) + micros);
    // Each function on the stack once, however deep its recursion.
    const seen = new Set<string>();
    for (let current: number | undefined = id; current !== undefined; current = parent.get(current)) {
      const frame = label(byId.get(current)!);
      if (seen.has(frame)) continue;
      seen.add(frame);
      total.set(frame, (total.get(frame) ?? 0) + micros);
    }
  }
  const top = (map: Map<string, number>) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, count)
      .map(([name, micros]) => `| ${(micros / 1000).toFixed(1)} | ${((100 * micros) / busy).toFixed(1)} % | ${name} |`);
  return [
    `busy (not idle, not "program"): ${(busy / 1000).toFixed(1)} ms`,
    '',
    '| self ms | share | function |',
    '|---|---|---|',
    ...top(self),
    '',
    '| total ms | share | function |',
    '|---|---|---|',
    ...top(total).filter((line) => !line.includes('(root)')),
  ].join('\n');
}

if (import.meta.filename === process.argv[1] || process.argv[1]?.endsWith('summariseProfile.ts')) {
  const [file, count = '25'] = process.argv.slice(2);
  if (!file) {
    console.error('usage: node --import tsx bench/summariseProfile.ts file.cpuprofile [count]');
    process.exit(2);
  }
  console.log(summariseProfile(JSON.parse(fs.readFileSync(file, 'utf8')) as CpuProfile, Number(count)));
}
