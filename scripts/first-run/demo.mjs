// Demo mode of `npm start`: without bot tokens (outside production) the bundled Telegram Bot API
// emulator runs with the demo bots, and every app talks to it instead of Telegram.
import { createRequire } from 'node:module';
import { startProcess, waitForHttp } from './processes.mjs';

const EMULATOR = 'dist/libs/testing/src/telegram-emulator/main.js';

export const isDemoMode = (env) =>
  env.NODE_ENV !== 'production' && !env.CLIENT_BOT_TOKEN && !env.STAFF_BOT_TOKEN;

/** Starts the emulator with the demo world; resolves with the variables that point the apps at it. */
export async function startEmulator(env) {
  const { DEMO_WORLD } = createRequire(import.meta.url)('../../dist/libs/domain/src/demo/demo-world.js');
  const port = env.EMULATOR_PORT || '8081';
  const child = startProcess('emulator', EMULATOR, { ...env, EMULATOR_PORT: port, EMULATOR_DEMO: '1' });
  const root = `http://127.0.0.1:${port}`;
  await waitForHttp(`${root}/control`, { child, name: 'the Telegram emulator', deadlineMs: 15_000 });
  return {
    child,
    sandboxUrl: `${root}/sandbox`,
    env: {
      TELEGRAM_API_ROOT: root,
      CLIENT_BOT_TOKEN: DEMO_WORLD.bots.client.token,
      STAFF_BOT_TOKEN: DEMO_WORLD.bots.staff.token,
    },
  };
}
