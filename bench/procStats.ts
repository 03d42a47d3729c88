import fs from 'node:fs';

const CLOCK_TICKS_PER_SECOND = 100;
const PAGE_SIZE = 4096;

export interface ProcessStats {
  /** User + system CPU seconds since the process started. */
  cpuSeconds: number;
  /** Resident memory now, in bytes. */
  rssBytes: number;
  /** Peak resident memory (VmHWM), in bytes. */
  peakRssBytes: number;
}

/** CPU time and memory of a process, read from /proc (Linux). */
export function readProcessStats(pid: number): ProcessStats {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name, which is in parentheses and may contain spaces.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const userTicks = Number(fields[11]);
  const systemTicks = Number(fields[12]);
  const rssPages = Number(fields[21]);
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const peakKb = Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? 0);
  return {
    cpuSeconds: (userTicks + systemTicks) / CLOCK_TICKS_PER_SECOND,
    rssBytes: rssPages * PAGE_SIZE,
    peakRssBytes: peakKb * 1024,
  };
}

/**
 * CPU time and memory of a process and all its descendants (PostgreSQL's backends are the
 * postmaster's children): live ones read from /proc, and reaped ones through their parent's
 * children-time fields.
 */
export function readProcessTreeStats(rootPid: number): ProcessStats {
  const parents = new Map<number, number>();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      parents.set(Number(entry), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // The process ended while we looked.
    }
  }
  const tree = [rootPid];
  for (let index = 0; index < tree.length; index++) for (const [pid, parent] of parents) if (parent === tree[index]) tree.push(pid);
  const total: ProcessStats = { cpuSeconds: 0, rssBytes: 0, peakRssBytes: 0 };
  for (const pid of tree) {
    try {
      const stats = readProcessStats(pid);
      const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
      const rest = fields.slice(fields.lastIndexOf(')') + 2).split(' ');
      total.cpuSeconds += stats.cpuSeconds + (Number(rest[13]) + Number(rest[14])) / CLOCK_TICKS_PER_SECOND;
      total.rssBytes += stats.rssBytes;
      total.peakRssBytes += stats.peakRssBytes;
    } catch {
      // Ended meanwhile: its time is in its parent's children-time from now on.
    }
  }
  return total;
}
