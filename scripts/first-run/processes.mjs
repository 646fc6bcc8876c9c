// The processes `npm start` runs: the CLI steps (output passed through or captured), the
// emulator and the apps (output prefixed with their name), and waiting until they answer.
import { spawn } from 'node:child_process';
import { FirstRunError } from './say.mjs';

const prefixLines = (name, stream) => {
  let rest = '';
  stream.on('data', (chunk) => {
    const lines = (rest + chunk.toString()).split('\n');
    rest = lines.pop();
    for (const line of lines) if (line) process.stdout.write(`[${name}] ${line}\n`);
  });
};

/** Runs `node <script> ...args`; resolves with its stdout, or fails with its last stderr line. */
export function runNode(script, args, { env, echo = true } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      if (echo) process.stdout.write(chunk);
    });
    child.stderr.on('data', (chunk) => (err += chunk));
    child.on('exit', (code) => {
      if (code === 0) return resolve(out);
      const last = err.trim().split('\n').filter(Boolean).at(-1) ?? `exit code ${code}`;
      reject(new FirstRunError(`${args[0]} failed: ${last}`));
    });
  });
}

/** A long-running process whose output is prefixed with its name; `nodeFlags` go before the script. */
export function startProcess(name, script, env, nodeFlags = []) {
  const child = spawn(process.execPath, [...nodeFlags, script], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  prefixLines(name, child.stdout);
  prefixLines(name, child.stderr);
  return child;
}

/** Polls `url` until it answers 2xx, or fails when `deadlineMs` passes or `child` exits. */
export async function waitForHttp(url, { child, name, deadlineMs = 60_000 }) {
  const deadline = Date.now() + deadlineMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new FirstRunError(`${name} exited during start-up (see its lines above).`);
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new FirstRunError(`${name} did not answer ${url} within ${deadlineMs / 1000} s.`);
}
