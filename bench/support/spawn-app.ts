import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import nodeFlags from '../../apps/node-flags.json';

export type AppName = 'api' | 'worker' | 'bots';

/** The highest resident set size each app reached in this bench run, and in which scenario. */
export interface MemoryPeak {
  mb: number;
  scenario: string;
}

const SAMPLE_MS = 250;
const peaks = new Map<AppName, MemoryPeak>();
const live = new Map<ChildProcess, AppName>();
let currentScenario = '';
let sampler: NodeJS.Timeout | null = null;

/** Which scenario the apps spawned from now on serve (their peak is reported under its name). */
export function setScenario(name: string): void {
  currentScenario = name;
}

export function memoryPeaks(): ReadonlyMap<AppName, MemoryPeak> {
  return peaks;
}

/**
 * `VmRSS` (now) and `VmHWM` (the kernel's high-water mark of the resident set) of a process, in
 * MB, from /proc/<pid>/status; null where /proc is not available or the process is gone.
 */
export function residentMb(pid: number | undefined): { rss: number; hwm: number } | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
    const rss = kb('VmRSS');
    const hwm = kb('VmHWM');
    return Number.isFinite(rss) && Number.isFinite(hwm) ? { rss: rss / 1024, hwm: hwm / 1024 } : null;
  } catch {
    return null;
  }
}

/** Takes the high-water mark of one spawned app into its app's peak. */
export function samplePeak(child: ChildProcess): void {
  const name = live.get(child);
  const mem = name && residentMb(child.pid);
  if (!name || !mem) return;
  const peak = peaks.get(name);
  if (!peak || mem.hwm > peak.mb) peaks.set(name, { mb: mem.hwm, scenario: currentScenario });
}

function track(name: AppName, child: ChildProcess): void {
  live.set(child, name);
  child.once('exit', () => {
    live.delete(child);
    if (live.size === 0 && sampler) {
      clearInterval(sampler);
      sampler = null;
    }
  });
  // VmHWM already keeps the peak between samples; sampling also catches a process that is
  // SIGKILLed (its /proc entry is gone by the time anyone could ask).
  sampler ??= setInterval(() => {
    for (const c of live.keys()) samplePeak(c);
  }, SAMPLE_MS).unref();
}

/** A port nothing listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.once('error', reject);
  });
}

/** Runs one built app (`dist/apps/<name>/src/main.js`) as its own process, as production does. */
export function spawnApp(name: AppName, env: Record<string, string | undefined>): ChildProcess {
  const entry = path.resolve(__dirname, '../../apps', name, 'src/main.js');
  // BENCH_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" profiles the app under load.
  // Each app runs with the Node flags production gives it (apps/node-flags.json).
  const nodeArgs = [...nodeFlags[name], ...(process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean)];
  const child = spawn(process.execPath, [...nodeArgs, entry], {
    env: { PATH: process.env.PATH, ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  track(name, child);
  return child;
}

export async function waitForHttp(url: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) throw new Error(`${url} did not come up within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

export function stop(child: ChildProcess): Promise<void> {
  samplePeak(child);
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

/** Runs `task` over `items` with at most `concurrency` in flight. */
export async function pool<T>(
  items: T[],
  concurrency: number,
  task: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < items.length) await task(items[next++]);
    }),
  );
}
