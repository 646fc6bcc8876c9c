import { MessageTemplatesSeeder } from '@dvorik/domain';
import { createDomainTestApp, eventually, TelegramEmulator } from '@dvorik/testing';
import type { BenchFigure, BenchScenario } from '../bench-result';
import {
  type AppName,
  freePort,
  memoryPeaks,
  residentMb,
  spawnApp,
  stop,
  waitForHttp,
} from '../support/spawn-app';

const IDLE_BAR_MB = 250;
const LOAD_BAR_MB = 450;
/** After start-up, how long an app sits untouched before its idle RSS is read. */
const SETTLE_MS = 5_000;
const CLIENT_TOKEN = '7100001:bench-client-bot-token';
const STAFF_TOKEN = '7100002:bench-staff-bot-token';
const APPS: AppName[] = ['api', 'worker', 'bots'];

/**
 * DESIGN §5 memory: each app's resident set size (VmRSS of /proc/<pid>/status) at idle — started
 * against a fresh database, up, and left alone for five seconds — and the highest RSS it reached
 * (the kernel's VmHWM, sampled every 250 ms by spawn-app.ts) while the scenarios before this one
 * loaded it. It runs last; run alone (`npm run bench memory`) it reports the idle figures only.
 */
export const memoryScenario: BenchScenario = {
  name: 'memory',
  description: 'RSS of api, worker and bots: idle, and the peak under the scenarios that ran before',
  async run(): Promise<BenchFigure[]> {
    const loaded = new Map(memoryPeaks());
    const app = await createDomainTestApp('bench_memory');
    const telegram = new TelegramEmulator();
    await telegram.start();
    telegram.createBot({ token: CLIENT_TOKEN, username: 'bench_client_bot' });
    telegram.createBot({ token: STAFF_TOKEN, username: 'bench_staff_bot' });
    await app.context.get(MessageTemplatesSeeder).seed();
    const [apiPort, botsPort, metricsPort] = [await freePort(), await freePort(), await freePort()];
    const env = {
      ...app.env,
      LOG_LEVEL: 'warn',
      TELEGRAM_API_ROOT: telegram.apiRoot,
      CLIENT_BOT_TOKEN: CLIENT_TOKEN,
      STAFF_BOT_TOKEN: STAFF_TOKEN,
    };
    const children = {
      api: spawnApp('api', { ...env, API_PORT: String(apiPort) }),
      worker: spawnApp('worker', { ...env, WORKER_METRICS_PORT: String(metricsPort) }),
      bots: spawnApp('bots', { ...env, BOTS_PORT: String(botsPort) }),
    };
    try {
      await waitForHttp(`http://127.0.0.1:${apiPort}/health/ready`, 60_000);
      await waitForHttp(`http://127.0.0.1:${metricsPort}/metrics`, 60_000);
      await eventually(
        async () => telegram.callsTo('getUpdates').some((c) => c.token === CLIENT_TOKEN),
        Boolean,
        { timeoutMs: 60_000 },
      );
      await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
      const figures: BenchFigure[] = [];
      for (const name of APPS) {
        const idle = residentMb(children[name].pid);
        if (!idle) throw new Error(`cannot read /proc/${children[name].pid}/status of ${name}`);
        figures.push({
          scenario: 'memory',
          metric: `${name}: RSS idle`,
          value: idle.rss,
          unit: 'MB',
          bar: `≤ ${IDLE_BAR_MB} MB`,
          pass: idle.rss <= IDLE_BAR_MB,
        });
      }
      for (const name of APPS) {
        const peak = loaded.get(name);
        if (!peak) {
          process.stderr.write(`  ${name}: no scenario ran it before this one, no peak under load\n`);
          continue;
        }
        figures.push({
          scenario: 'memory',
          metric: `${name}: peak RSS under load (${peak.scenario})`,
          value: peak.mb,
          unit: 'MB',
          bar: `≤ ${LOAD_BAR_MB} MB`,
          pass: peak.mb <= LOAD_BAR_MB,
        });
      }
      return figures;
    } finally {
      await Promise.all(Object.values(children).map(stop));
      await telegram.stop();
      await app.close();
    }
  },
};
