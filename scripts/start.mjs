#!/usr/bin/env node
// `npm start`: the whole system on a developer machine. Creates .env from .env.example if
// missing, checks MySQL and Redis (and says how to get them), builds if needed, migrates,
// seeds, then runs api + worker + bots until Ctrl+C.
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, statSync } from 'node:fs';
import net from 'node:net';

const log = (line) => process.stdout.write(`[start] ${line}\n`);

if (!existsSync('.env')) {
  copyFileSync('.env.example', '.env');
  log('Created .env from .env.example (edit it to add bot tokens).');
}
process.loadEnvFile('.env');

function reachable(url, defaultPort) {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = net.connect({ host: hostname, port: Number(port || defaultPort), timeout: 2000 });
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => (socket.destroy(), resolve(false)));
  });
}

const missing = [];
if (!(await reachable(process.env.DATABASE_URL, 3306)))
  missing.push(`MySQL at ${new URL(process.env.DATABASE_URL).host}`);
if (!(await reachable(process.env.REDIS_URL, 6379)))
  missing.push(`Redis at ${new URL(process.env.REDIS_URL).host}`);
if (missing.length) {
  log(`Cannot reach ${missing.join(' and ')}.`);
  log('Start them with:   docker compose up -d mysql redis');
  log('or install them:   sudo apt-get install mariadb-server redis-server');
  log('(then create the user from DATABASE_URL, see README "Local services").');
  process.exit(1);
}

const run = (args) => {
  const result = spawnSync(process.execPath, args, { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

const built =
  existsSync('dist/apps/api/src/main.js') &&
  statSync('dist/apps/api/src/main.js').mtimeMs > statSync('package.json').mtimeMs;
if (!built) {
  log('Building…');
  const result = spawnSync('npm', ['run', 'build'], {
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

log('Migrating and seeding…');
run(['dist/apps/cli/src/main.js', 'migrate']);
run(['dist/apps/cli/src/main.js', 'seed']);

const apps = ['api', 'worker', 'bots'].map((name) => {
  const child = spawn(process.execPath, [`dist/apps/${name}/src/main.js`], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  for (const stream of [child.stdout, child.stderr]) {
    stream.on('data', (chunk) => {
      for (const line of chunk.toString().split('\n')) if (line) process.stdout.write(`[${name}] ${line}\n`);
    });
  }
  child.on('exit', (code, signal) => {
    log(`${name} exited (${signal ?? code}); stopping the others.`);
    shutdown(code ?? 1);
  });
  return child;
});
log(`API on http://localhost:${process.env.API_PORT ?? 3000} (docs at /api/docs); Ctrl+C stops everything.`);

let stopping = false;
function shutdown(code = 0) {
  if (stopping) return;
  stopping = true;
  for (const child of apps) if (child.exitCode === null) child.kill('SIGTERM');
  setTimeout(() => process.exit(code), 10_000).unref();
  Promise.all(apps.map((c) => (c.exitCode === null ? new Promise((r) => c.once('exit', r)) : null))).then(
    () => process.exit(code),
  );
}
process.on('SIGINT', () => shutdown(0));
process.on('SIGTERM', () => shutdown(0));
