import { readFileSync } from 'node:fs';

const TICKS_PER_SECOND = 100;

function cpuTicks(pid: number): number {
  // Fields after the command name (which may contain spaces): utime and stime are 14th and 15th.
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return Number(fields[11]) + Number(fields[12]);
}

function rssMegabytes(pid: number): number {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) / 1024 : 0;
}

export interface ProcessUsage {
  /** CPU time over the window as a share of one core, in percent. */
  cpuPercent: number;
  /** The largest resident set seen during the window. */
  peakRssMb: number;
}

/** Samples a process's CPU and RSS from /proc (Linux) between `start` and `stop`. */
export function watchProcess(pid: number): { stop(): ProcessUsage } {
  const startedAt = performance.now();
  const startTicks = cpuTicks(pid);
  let peakRssMb = rssMegabytes(pid);
  const timer = setInterval(() => {
    peakRssMb = Math.max(peakRssMb, rssMegabytes(pid));
  }, 200);
  return {
    stop() {
      clearInterval(timer);
      peakRssMb = Math.max(peakRssMb, rssMegabytes(pid));
      const seconds = (performance.now() - startedAt) / 1000;
      const cpuSeconds = (cpuTicks(pid) - startTicks) / TICKS_PER_SECOND;
      return { cpuPercent: (cpuSeconds / seconds) * 100, peakRssMb };
    },
  };
}
