import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createConnection, type Connection } from 'mysql2/promise';

const ROOT = resolve(__dirname, '../..');

/** A fresh clone of this checkout (committed state, no .env, no dist) sharing its node_modules. */
export function freshClone(): { dir: string; remove(): void } {
  const base = mkdtempSync(join(tmpdir(), 'dvorik-first-run-'));
  const dir = join(base, 'repo');
  execFileSync('git', ['clone', '--quiet', ROOT, dir]);
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return { dir, remove: () => rmSync(base, { recursive: true, force: true }) };
}

/** A database user and name of this run only (`dvorik_fr_<hex>`): the shared `dvorik` user is never touched. */
export function uniqueDatabase(): { user: string; password: string; database: string } {
  const id = `dvorik_fr_${randomBytes(4).toString('hex')}`;
  return { user: id, password: `pw_${randomBytes(6).toString('hex')}`, database: id };
}

/** The local MariaDB's root over the socket (Debian's default), as `npm start` finds it. */
export function rootConnection(): Promise<Connection> {
  return createConnection({ socketPath: '/run/mysqld/mysqld.sock', user: 'root' });
}

export async function dropUserAndDatabase(name: string): Promise<void> {
  const root = await rootConnection();
  try {
    await root.query(`DROP DATABASE IF EXISTS \`${name}\``);
    for (const host of ['localhost', '127.0.0.1', '%'])
      await root.query(`DROP USER IF EXISTS ?@?`, [name, host]);
  } finally {
    await root.end();
  }
}

/** The environment of a person's shell: no NODE_ENV (jest sets `test`), nothing of the test's own. */
export function shellEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const { PATH, HOME, LANG, TMPDIR } = process.env;
  return { PATH, HOME, LANG: LANG ?? 'C.UTF-8', TMPDIR, ...extra };
}

export interface StartRun {
  child: ChildProcess;
  /** stdout and stderr as printed so far. */
  output(): string;
  /** Resolves with the first match of `pattern` in the output, or fails at the deadline or exit. */
  waitFor(pattern: RegExp, timeoutMs: number): Promise<RegExpMatchArray>;
  exited: Promise<number | null>;
  stop(): Promise<void>;
}

/** `npm start` as a person runs it (node scripts/start.mjs, what the npm script runs). */
export function runStart(cwd: string, env: NodeJS.ProcessEnv): StartRun {
  const child = spawn(process.execPath, ['scripts/start.mjs'], {
    cwd,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const listeners = new Set<() => void>();
  const onData = (chunk: Buffer) => {
    out += chunk.toString();
    for (const listener of listeners) listener();
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return {
    child,
    output: () => out,
    exited,
    waitFor(pattern, timeoutMs) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const match = out.match(pattern);
          if (match) finish(() => resolve(match));
        };
        const finish = (then: () => void) => {
          clearTimeout(timer);
          listeners.delete(check);
          then();
        };
        const timer = setTimeout(
          () => finish(() => reject(new Error(`No ${pattern} within ${timeoutMs} ms; output:\n${out}`))),
          timeoutMs,
        );
        void exited.then((code) =>
          finish(() => reject(new Error(`npm start exited (${code}) before ${pattern}; output:\n${out}`))),
        );
        listeners.add(check);
        check();
      });
    },
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
