#!/usr/bin/env node
// `npm start`: the whole system on a developer machine. Creates .env if missing, makes sure
// MySQL (creating the app's user and database where it can) and Redis answer, builds if needed,
// migrates, seeds, and runs api + worker + bots until Ctrl+C. Without bot tokens it runs the
// bundled Telegram emulator with demo bots and a demo shop, and prints the panel's login link.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync, statSync } from 'node:fs';
import { ensureDatabase } from './first-run/database.mjs';
import { isDemoMode, startEmulator } from './first-run/demo.mjs';
import { ensurePortsFree } from './first-run/ports.mjs';
import { runNode, startProcess, waitForHttp } from './first-run/processes.mjs';
import { ensureRedis } from './first-run/redis.mjs';
import { FirstRunError, runFirstRun, say } from './first-run/say.mjs';

const CLI = 'dist/apps/cli/src/main.js';
/** Each app's Node flags, as the Dockerfile and docker-compose.yml start it (README «Performance»). */
const NODE_FLAGS = JSON.parse(readFileSync(new URL('../apps/node-flags.json', import.meta.url), 'utf8'));
const children = [];

function buildIfNeeded() {
  const main = 'dist/apps/api/src/main.js';
  if (existsSync(main) && statSync(main).mtimeMs > statSync('package.json').mtimeMs) return;
  say('Building (first run, about 20 s)…');
  const result = spawnSync('npm', ['run', 'build', '--silent'], {
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  if (result.status !== 0) throw new FirstRunError('npm run build failed (see above).');
}

let stopping = false;
function shutdown(code = 0) {
  if (stopping) return;
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  setTimeout(() => process.exit(code), 10_000).unref();
  Promise.all(children.map((c) => (c.exitCode === null ? new Promise((r) => c.once('exit', r)) : null))).then(
    () => process.exit(code),
  );
}
process.on('SIGINT', () => shutdown(0));
process.on('SIGTERM', () => shutdown(0));

await runFirstRun(async () => {
  const startedAt = Date.now();
  if (!existsSync('.env')) {
    copyFileSync('.env.example', '.env');
    say('Created .env from .env.example.');
  }
  process.loadEnvFile('.env'); // variables already in the environment win
  const env = process.env;
  const created = await ensureDatabase(env.DATABASE_URL, { production: env.NODE_ENV === 'production' });
  if (created) say(created);
  await ensureRedis(env.REDIS_URL);
  const demo = isDemoMode(env);
  await ensurePortsFree({
    API_PORT: env.API_PORT || 3000,
    BOTS_PORT: env.BOTS_PORT || 3001,
    ...(demo ? { EMULATOR_PORT: env.EMULATOR_PORT || 8081 } : {}),
  });
  buildIfNeeded();

  const emulator = demo ? startEmulator(env) : null;
  await runNode(CLI, ['migrate'], { echo: false });
  if (emulator) {
    const { child, env: telegram } = await emulator;
    children.push(child);
    Object.assign(env, telegram);
    say(
      `No bot tokens in .env: running the bundled Telegram emulator with demo bots (${telegram.TELEGRAM_API_ROOT}).`,
    );
  }
  // Defaults and the demo shop are written while the apps start: they need none of it to boot.
  const seeded = runNode(CLI, ['seed'], { echo: false }).then(() =>
    emulator ? runNode(CLI, ['demo:seed', '--if-empty', '--login-link'], { echo: false }) : '',
  );

  const apps = ['api', 'worker', 'bots'].map((name) => {
    const child = startProcess(name, `dist/apps/${name}/src/main.js`, env, NODE_FLAGS[name]);
    child.on('exit', (code, signal) => {
      if (stopping) return;
      say(`${name} exited (${signal ?? code}); stopping the others.`);
      shutdown(code || 1);
    });
    return child;
  });
  children.push(...apps);
  let loginLine = null;
  for (const line of (await seeded).trim().split('\n')) {
    if (line.startsWith('Панель: ')) loginLine = line;
    else if (line) say(line);
  }
  const apiUrl = `http://localhost:${env.API_PORT || 3000}`;
  await waitForHttp(`${apiUrl}/health/ready`, { child: apps[0], name: 'api' });

  say(
    `Dvorik is running (${env.NODE_ENV || 'development'}${emulator ? ', demo: Telegram is the bundled emulator' : ''}). Ctrl+C stops everything.`,
  );
  say(`  API         ${apiUrl}/api/v1   (OpenAPI: ${apiUrl}/api/docs)`);
  if (emulator) say(`  Песочница:  ${(await emulator).sandboxUrl}   (play the shopper and the cashier)`);
  if (loginLine) process.stdout.write(`${loginLine}\n`);
  say(`Ready in ${Math.round((Date.now() - startedAt) / 1000)} s.`);
}, shutdown);
