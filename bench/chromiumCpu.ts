/**
 * CPU time of every thread of a Chromium process tree, read from /proc (Linux), so a bench can say
 * where the page's CPU goes (main thread, compositor, workers, GPU/raster) independently of what
 * else the machine is doing — wall time on a shared machine says little, CPU-seconds per thread
 * much more. `cpuSnapshot(rootPid)` before and after, then `cpuDelta` groups the difference by
 * process type and thread name. Elsewhere (no /proc) the snapshots are empty.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';

/** Clock ticks per second of /proc's utime/stime (USER_HZ; 100 on Linux). */
const TICKS = 100;

export type CpuSnapshot = Map<string, number>;

function readOr(path: string, fallback: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return fallback;
  }
}

/** utime + stime of a /proc stat line, in seconds (fields after the ")" of the command name). */
function statSeconds(stat: string): number {
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / TICKS;
}

function parentOf(pid: number): number {
  const stat = readOr(`/proc/${pid}/stat`, '');
  return stat === '' ? -1 : Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
}

/** The descendants of a process (not itself). */
function descendants(root: number): number[] {
  const pids = readdirSync('/proc').filter((d) => /^\d+$/.test(d)).map(Number);
  const kids = new Map<number, number[]>();
  for (const pid of pids) {
    const parent = parentOf(pid);
    kids.set(parent, [...(kids.get(parent) ?? []), pid]);
  }
  const out: number[] = [];
  const walk = (pid: number) => {
    out.push(pid);
    for (const kid of kids.get(pid) ?? []) walk(kid);
  };
  walk(root);
  return out.slice(1);
}

/** "renderer", "gpu-process", "utility", … or "browser" for the process without --type. */
function processType(pid: number): string {
  // Chromium's child processes rewrite their command line as one space-separated string.
  const args = readOr(`/proc/${pid}/cmdline`, '').split(/[\0 ]/);
  const type = args.find((a) => a.startsWith('--type='));
  return type === undefined ? 'browser' : type.slice('--type='.length);
}

/**
 * CPU seconds per "process type / thread name" (threads of the same name summed) of every process
 * this one started (Chromium launched by playwright is a child of the bench process).
 */
export function cpuSnapshot(root = process.pid): CpuSnapshot {
  const out: CpuSnapshot = new Map();
  if (!existsSync('/proc/self/task')) return out;
  for (const pid of descendants(root)) {
    const type = processType(pid);
    let tasks: string[] = [];
    try {
      tasks = readdirSync(`/proc/${pid}/task`);
    } catch {
      continue; // ended meanwhile
    }
    for (const tid of tasks) {
      const stat = readOr(`/proc/${pid}/task/${tid}/stat`, '');
      if (stat === '') continue;
      const name = readOr(`/proc/${pid}/task/${tid}/comm`, '?').trim().replace(/\d+$/, '');
      const key = `${type} / ${name}`;
      out.set(key, (out.get(key) ?? 0) + statSeconds(stat));
    }
  }
  return out;
}

/** CPU seconds spent between two snapshots, largest first (threads under 0.05 s left out). */
export function cpuDelta(before: CpuSnapshot, after: CpuSnapshot): { name: string; seconds: number }[] {
  return [...after]
    .map(([name, s]) => ({ name, seconds: s - (before.get(name) ?? 0) }))
    .filter((r) => r.seconds >= 0.05)
    .sort((a, b) => b.seconds - a.seconds);
}

/** CPU seconds of this process's waited-for children (cutime + cstime): a child's total once it has exited. */
export function childrenCpuSeconds(): number {
  const stat = readOr('/proc/self/stat', '');
  if (stat === '') return Number.NaN;
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[13]) + Number(fields[14])) / TICKS;
}
