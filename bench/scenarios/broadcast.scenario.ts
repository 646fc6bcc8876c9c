import type { ChildProcess } from 'node:child_process';
import {
  baseTestEnv,
  createDomainContext,
  createTestDatabase,
  flushRedisPrefix,
  manyClients,
  TelegramEmulator,
} from '@dvorik/testing';
import type { BenchFigure, BenchScenario } from '../bench-result';
import {
  type BenchDomain,
  benchDomain,
  CLIENT_TOKEN,
  cpuSeconds,
  delivery,
  measureBroadcast,
} from '../support/broadcast-run';
import { spawnApp, stop } from '../support/spawn-app';

const RECIPIENTS = 10_000;
const NAME = 'broadcast';

const figure = (
  metric: string,
  value: number,
  unit: string,
  bar: string,
  pass: boolean | null,
): BenchFigure => ({
  scenario: NAME,
  metric,
  value,
  unit,
  bar,
  pass,
});

/**
 * DESIGN §5 broadcast bars, with the worker as its own process (as production runs it) against
 * a fresh database and the emulator in this process: 10 000 recipients at Telegram's free 30/s
 * (the emulator answers 429 beyond it), the sender's own ceiling with the emulator unthrottled
 * and paid mode at 1000/s, and a worker killed at 50 % and replaced.
 */
export const broadcastScenario: BenchScenario = {
  name: NAME,
  description: `${RECIPIENTS} recipients: 30/s free tier, paid-mode ceiling, worker killed at 50 %`,
  async run() {
    const db = await createTestDatabase('benchbcast');
    const telegram = new TelegramEmulator();
    await telegram.start();
    telegram.createBot({ token: CLIENT_TOKEN, username: 'bench_client_bot' });
    const env = baseTestEnv({
      DATABASE_URL: db.url,
      TELEGRAM_API_ROOT: telegram.apiRoot,
      CLIENT_BOT_TOKEN: CLIENT_TOKEN,
      LOG_LEVEL: 'warn',
    });
    const context = await createDomainContext(env);
    const workers: ChildProcess[] = [];
    try {
      const domain = benchDomain(context);
      const audience = await manyClients(domain.sql, RECIPIENTS);
      workers.push(spawnApp('worker', env));

      await domain.setRate(30, false);
      telegram.setRateLimit({ perSecond: 30 });
      const free = await measureBroadcast(domain, telegram, audience, 30 * 60_000);
      process.stderr.write(`  free tier: ${JSON.stringify({ ...free, broadcast: undefined })}\n`);

      telegram.reset();
      await domain.setRate(1000, true);
      const cpuBefore = cpuSeconds(workers[0].pid);
      const paid = await measureBroadcast(domain, telegram, audience, 5 * 60_000);
      const cpuAfter = cpuSeconds(workers[0].pid);
      // How busy the worker was at 1000/s: the headroom the pacer, not the sender, caps.
      const workerCpu =
        cpuBefore === null || cpuAfter === null ? -1 : (100 * (cpuAfter - cpuBefore)) / paid.seconds;
      process.stderr.write(`  paid: ${JSON.stringify({ ...paid, broadcast: undefined, workerCpu })}\n`);

      telegram.reset();
      const crash = await crashRun(domain, telegram, audience, env, workers);
      process.stderr.write(`  crash: ${JSON.stringify(crash)}\n`);

      return [
        figure('30/s emulator: sustained rate', free.sustained, 'msg/s', '≥ 28.5', free.sustained >= 28.5),
        figure('30/s emulator: lost', free.lost, '', '0', free.lost === 0),
        figure('30/s emulator: duplicated', free.duplicated, '', '0', free.duplicated === 0),
        // Not a bar: each 429 costs a one-second pause, which the sustained rate already shows.
        figure('30/s emulator: 429 answers', free.send429, '', '', null),
        figure(
          '30/s emulator: max in any sliding second',
          free.maxInAnySlidingSecond,
          'msg',
          '≤ 30',
          free.maxInAnySlidingSecond <= 30,
        ),
        figure(
          'unthrottled, paid 1000/s: sender ceiling',
          paid.sustained,
          'msg/s',
          '≥ 1000',
          paid.sustained >= 1000,
        ),
        figure(
          'unthrottled, paid: lost / duplicated',
          paid.lost + paid.duplicated,
          '',
          '0',
          paid.lost + paid.duplicated === 0,
        ),
        figure('unthrottled, paid: max in any sliding second', paid.maxInAnySlidingSecond, 'msg', '', null),
        figure('unthrottled, paid: worker CPU at that rate', workerCpu, '% of a core', '', null),
        figure('killed at 50 %: lost', crash.lost, '', '0', crash.lost === 0),
        figure(
          `killed at 50 %: duplicated (in flight at the kill: ${crash.inFlight})`,
          crash.duplicated,
          '',
          `≤ ${crash.inFlight}`,
          crash.duplicated <= crash.inFlight,
        ),
      ];
    } finally {
      await Promise.all(workers.map(stop));
      await context.close();
      await telegram.stop();
      await flushRedisPrefix(env.REDIS_URL!, env.REDIS_PREFIX!);
      await db.drop();
    }
  },
};

/** Paid mode at 300/s; the worker is SIGKILLed after half the audience and another one finishes. */
async function crashRun(
  domain: BenchDomain,
  telegram: TelegramEmulator,
  audience: Array<{ id: number; telegramId: number }>,
  env: Record<string, string | undefined>,
  workers: ChildProcess[],
) {
  await domain.setRate(300, true);
  telegram.setLatency(10);
  const id = await domain.launch(audience.map((c) => c.id));
  await domain.until(id, (b) => b.stats.sent >= RECIPIENTS / 2, 5 * 60_000);
  const victim = workers.shift()!;
  victim.kill('SIGKILL');
  await new Promise((resolve) =>
    victim.exitCode !== null || victim.signalCode ? resolve(null) : victim.once('exit', resolve),
  );
  // Requests that left the worker before it died still land (the emulator answers after 10 ms).
  await new Promise((resolve) => setTimeout(resolve, 300));
  const delivered = new Set(telegram.sentMessages({ token: CLIENT_TOKEN }).map((m) => m.chatId));
  const claimed = await domain.sql<{ chat_id: string }>(
    "SELECT chat_id FROM broadcast_recipients WHERE broadcast_id = ? AND status = 'sending'",
    [id],
  );
  const inFlight = claimed.filter((r) => delivered.has(Number(r.chat_id))).length;
  workers.push(spawnApp('worker', env));
  await domain.until(id, (b) => b.status === 'sent' || b.status === 'failed', 5 * 60_000);
  const { lost, duplicated } = delivery(telegram, audience);
  return { lost, duplicated, inFlight, deliveredAtKill: delivered.size };
}
