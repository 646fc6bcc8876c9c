import { MessageTemplatesSeeder } from '@dvorik/domain';
import { createDomainTestApp, eventually, TelegramEmulator } from '@dvorik/testing';
import type { BenchFigure, BenchScenario } from '../bench-result';
import { freePort, spawnApp, stop } from '../support/spawn-app';

const CLIENT_TOKEN = '7100001:bench-client-bot-token';
const STAFF_TOKEN = '7100002:bench-staff-bot-token';
const USERS = 150;
const BAR_MS = 15;

const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.ceil(xs.length * 0.95) - 1];

/**
 * DESIGN §5: bot update handling p95 ≤ 15 ms against the emulator on loopback. Measured from
 * the instant the emulator hands out an update to the bot's answer arriving back: long-poll
 * delivery, de-duplication, the handler's commands and queries, and the reply.
 */
export const botUpdatesScenario: BenchScenario = {
  name: 'bot-updates',
  description: `client bot /start and «Мои скидки» for ${USERS} users, bots app as its own process`,
  async run(): Promise<BenchFigure[]> {
    const app = await createDomainTestApp('bench_bots');
    const telegram = new TelegramEmulator();
    await telegram.start();
    telegram.createBot({ token: CLIENT_TOKEN, username: 'bench_client_bot' });
    telegram.createBot({ token: STAFF_TOKEN, username: 'bench_staff_bot' });
    await app.context.get(MessageTemplatesSeeder).seed();
    const bots = spawnApp('bots', {
      ...app.env,
      BOTS_PORT: String(await freePort()),
      LOG_LEVEL: 'warn',
      TELEGRAM_API_ROOT: telegram.apiRoot,
      CLIENT_BOT_TOKEN: CLIENT_TOKEN,
      STAFF_BOT_TOKEN: STAFF_TOKEN,
    });
    try {
      // The bot is up once it long-polls the emulator.
      await eventually(
        async () => telegram.callsTo('getUpdates').some((c) => c.token === CLIENT_TOKEN),
        Boolean,
        { timeoutMs: 30_000 },
      );
      const measure = async (text: string, id: number) => {
        const user = telegram.user({ id, firstName: `Гость ${id}` });
        const from = user.mark(CLIENT_TOKEN);
        const started = performance.now();
        user.sendText(CLIENT_TOKEN, text);
        await user.waitForMessage(CLIENT_TOKEN, () => true, 10_000, from);
        return performance.now() - started;
      };
      for (let i = 0; i < 10; i++) await measure('/start', 500_000 + i); // warm-up
      const start: number[] = [];
      const discounts: number[] = [];
      for (let i = 0; i < USERS; i++) start.push(await measure('/start', 600_000 + i));
      for (let i = 0; i < USERS; i++) discounts.push(await measure('Мои скидки', 600_000 + i));
      const s = 'bot-updates';
      const p50 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
      process.stderr.write(
        `  p50: /start ${p50(start).toFixed(1)} ms, «Мои скидки» ${p50(discounts).toFixed(1)} ms\n`,
      );
      return [
        {
          scenario: s,
          metric: '/start (register + welcome) p95',
          value: p95(start),
          unit: 'ms',
          bar: `≤ ${BAR_MS} ms`,
          pass: p95(start) <= BAR_MS,
        },
        {
          scenario: s,
          metric: '«Мои скидки» p95',
          value: p95(discounts),
          unit: 'ms',
          bar: `≤ ${BAR_MS} ms`,
          pass: p95(discounts) <= BAR_MS,
        },
      ];
    } finally {
      await stop(bots);
      await telegram.stop();
      await app.close();
    }
  },
};
