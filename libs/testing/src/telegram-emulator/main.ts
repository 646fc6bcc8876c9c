import { CONTROL_ROUTES } from './control-api';
import { TelegramEmulator } from './telegram-emulator';

// `npm run emulator`: the Bot API emulator as a standalone server, so the bots can be tried
// offline (TELEGRAM_API_ROOT=<apiRoot>) and scripted through the control routes.
async function main(): Promise<void> {
  const port = Number(process.env.EMULATOR_PORT ?? 8081);
  const host = process.env.EMULATOR_HOST ?? '127.0.0.1';
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`EMULATOR_PORT must be a port number, got "${process.env.EMULATOR_PORT}"`);
  const emulator = new TelegramEmulator();
  await emulator.start(port, host);
  const lines = [
    `Telegram Bot API emulator listening on ${emulator.apiRoot}`,
    `  set TELEGRAM_API_ROOT=${emulator.apiRoot}; any token <digits>:<secret> is accepted`,
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
