import { DEMO_WORLD } from '@dvorik/domain/demo/demo-world';
import { CONTROL_ROUTES } from './control-api';
import { setUpDemoWorld } from './sandbox/demo-world.setup';
import { TelegramEmulator } from './telegram-emulator';

// `npm run emulator`: the Bot API emulator as a standalone server, so the bots can be tried
// offline (TELEGRAM_API_ROOT=<apiRoot>), played in the sandbox page and scripted through the
// control routes. EMULATOR_DEMO=0 starts it empty (no demo bots, channel or people).
async function main(): Promise<void> {
  const port = Number(process.env.EMULATOR_PORT ?? 8081);
  const host = process.env.EMULATOR_HOST ?? '127.0.0.1';
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`EMULATOR_PORT must be a port number, got "${process.env.EMULATOR_PORT}"`);
  const emulator = new TelegramEmulator();
  if (process.env.EMULATOR_DEMO !== '0') setUpDemoWorld(emulator);
  try {
    await emulator.start(port, host);
  } catch (error: unknown) {
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE')
      throw new Error(
        `Port ${port} is taken (another emulator or npm start?): set EMULATOR_PORT to a free port.`,
      );
    throw error;
  }
  // Started by `npm start`, which prints its own banner: only the essentials then.
  const lines =
    process.env.EMULATOR_DEMO === '1'
      ? [`Telegram Bot API emulator on ${emulator.apiRoot}, sandbox at ${emulator.apiRoot}/sandbox`]
      : [
          `Telegram Bot API emulator listening on ${emulator.apiRoot}`,
          `  Песочница (play Telegram users in the browser): ${emulator.apiRoot}/sandbox`,
          `  set TELEGRAM_API_ROOT=${emulator.apiRoot}; any token <digits>:<secret> is accepted`,
          ...(process.env.EMULATOR_DEMO === '0'
            ? []
            : [
                `  demo bots: CLIENT_BOT_TOKEN=${DEMO_WORLD.bots.client.token} STAFF_BOT_TOKEN=${DEMO_WORLD.bots.staff.token}`,
              ]),
          '  control API (JSON, answers { ok, result }):',
          ...CONTROL_ROUTES.map((route) => `    ${route}`),
        ];
  process.stdout.write(`${lines.join('\n')}\n`);
  const shutdown = (signal: NodeJS.Signals): void => {
    process.stdout.write(`${signal}: stopping the emulator\n`);
    emulator.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        process.stderr.write(`failed to stop: ${String(error)}\n`);
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
