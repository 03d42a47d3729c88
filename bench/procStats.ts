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
