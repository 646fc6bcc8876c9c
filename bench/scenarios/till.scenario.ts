import { IssueDiscountCommand, IssueTillTokenCommand, UpdateSettingsCommand } from '@dvorik/domain';
import {
  aCashier,
  aClient,
  anOwner,
  aTemplate,
  createDomainTestApp,
  signWebAppInitData,
  TelegramEmulator,
} from '@dvorik/testing';
import type { BenchFigure, BenchScenario } from '../bench-result';
import { BenchHttpClient } from '../support/http-client';
import { freePort, pool, spawnApp, stop, waitForHttp } from '../support/spawn-app';

const CLIENT_TOKEN = '7200001:bench-till-client-bot-token';
const STAFF_TOKEN = '7200002:bench-till-staff-bot-token';
const CHANNEL = -1007200000001;
const SCANS = 300;
const TILLS = 4;
const BAR_MS = 150;

const p = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.ceil(xs.length * q) - 1];

/** The cashier's Mini App signs in with this (Telegram's algorithm, the staff bot's token). */
const initData = (telegramId: number) =>
  signWebAppInitData(STAFF_TOKEN, { id: telegramId, first_name: 'Кассир' });

/**
 * DESIGN §5 «till scan»: from the cashier's scan to «Погашено ✅», p95 ≤ 150 ms on loopback. One
 * scan is what the Mini App does: POST /api/v1/till/check with the QR token, then (the cashier
 * presses «Погасить») POST /api/v1/till/redeem with it — initData checked on both, subscription
 * codes with the re-check at redemption on, each client's first membership asked of the Telegram
 * emulator (then the 30–60 s cache). The press itself is a person's and is not counted.
 */
export const tillScenario: BenchScenario = {
  name: 'till',
  description: `${SCANS} QR scans → check → redeem through the Mini App's API (api as its own process), one till and ${TILLS} at once`,
  async run(): Promise<BenchFigure[]> {
    const telegram = new TelegramEmulator();
    await telegram.start();
    telegram.createBot({ token: CLIENT_TOKEN, username: 'bench_till_client_bot' });
    telegram.createBot({ token: STAFF_TOKEN, username: 'bench_till_staff_bot' });
    telegram.createChannel({ id: CHANNEL, title: 'Дворик' });
    telegram.addAdmin(CHANNEL, CLIENT_TOKEN);
    const bots = {
      TELEGRAM_API_ROOT: telegram.apiRoot,
      CLIENT_BOT_TOKEN: CLIENT_TOKEN,
      STAFF_BOT_TOKEN: STAFF_TOKEN,
    };
    const app = await createDomainTestApp('bench_till', bots);
    const port = await freePort();
    const api = spawnApp('api', { ...app.env, API_PORT: String(port), LOG_LEVEL: 'warn' });
    try {
      await app.commands.execute(
        new UpdateSettingsCommand(anOwner(), { telegram_channel_id: String(CHANNEL) }),
      );
      const cashier = await aCashier(app);
      const template = await aTemplate(app);
      const clients = await Promise.all(Array.from({ length: 100 }, () => aClient(app)));
      for (const c of clients) {
        telegram.user({ id: c.telegramId, firstName: c.firstName ?? 'Гость' });
        telegram.setMembership(CHANNEL, c.telegramId, 'member');
      }
      const total = SCANS * 3 + 20;
      const codes: Array<{ id: number; clientId: number }> = [];
      await pool(
        Array.from({ length: total }, (_, i) => i),
        16,
        async (i) => {
          const clientId = clients[i % clients.length].id;
          const { discount } = await app.commands.execute(
            new IssueDiscountCommand({
              actor: anOwner(),
              clientId,
              templateId: template.id,
              origin: 'manual',
              requestId: `till-${i}`,
            }),
          );
          codes.push({ id: discount.id, clientId });
        },
      );
      // Subscription codes, so the re-check at redemption is in the measured path.
      await app.sql("UPDATE discounts SET issue_origin = 'subscription'");
      const base = `http://127.0.0.1:${port}`;
      await waitForHttp(`${base}/health/ready`);
      const http = new BenchHttpClient(base, 8);
      const auth = `tma ${initData(cashier.telegramId)}`;
      const post = async (
        path: string,
        code: string,
        headers: Record<string, string> = { authorization: auth },
      ) => (await http.post(`/api/v1/${path}`, { code }, headers)).status;
      /** «Показать на кассе» just before the scan: tokens live two minutes. */
      const token = async (c: { id: number; clientId: number }) =>
        (await app.commands.execute(new IssueTillTokenCommand(c.clientId, c.id))).token;
      let failures = 0;
      const scan = async (c: { id: number; clientId: number }) => {
        const qr = await token(c);
        const started = performance.now();
        const checked = await post('till/check', qr);
        const redeemed = await post('till/redeem', qr);
        const ms = performance.now() - started;
        if (checked !== 200 || redeemed !== 200) failures++;
        return ms;
      };

      /** The reference in the same run: a till system typing the code, X-API-Key, no QR, no initData. */
      const typed = async (c: { id: number }) => {
        const [row] = await app.sql<{ code: string }>('SELECT code FROM discounts WHERE id = ?', [c.id]);
        const key = { 'x-api-key': app.env.POS_API_KEY! };
        const started = performance.now();
        const checked = await post('discounts/validate', row.code, key);
        const redeemed = await post('discounts/redeem', row.code, key);
        const ms = performance.now() - started;
        if (checked !== 200 || redeemed !== 200) failures++;
        return ms;
      };

      for (const c of codes.slice(0, 20)) await scan(c); // warm-up: JIT, pools
      const one: number[] = [];
      const reference: number[] = [];
      // Interleaved, so both see the same moments of a busy machine.
      for (let i = 0; i < SCANS; i++) {
        one.push(await scan(codes[20 + i]));
        reference.push(await typed(codes[20 + SCANS + i]));
      }
      const many: number[] = [];
      await pool(codes.slice(20 + SCANS * 2), TILLS, async (c) => void many.push(await scan(c)));
      const [{ n: redeemed }] = await app.sql<{ n: number }>(
        "SELECT COUNT(*) n FROM redemption_log WHERE action = 'redeem' AND result = 'success'",
      );
      const s = 'till';
      await http.close();
      return [
        {
          scenario: s,
          metric: 'scan → «Погашено ✅», one till, p50',
          value: p(one, 0.5),
          unit: 'ms',
          bar: '',
          pass: null,
        },
        {
          scenario: s,
          metric: 'scan → «Погашено ✅», one till, p95',
          value: p(one, 0.95),
          unit: 'ms',
          bar: `≤ ${BAR_MS} ms`,
          pass: p(one, 0.95) <= BAR_MS,
        },
        {
          scenario: s,
          metric: 'typed code via X-API-Key (validate + redeem), one till, p95',
          value: p(reference, 0.95),
          unit: 'ms',
          bar: '',
          pass: null,
        },
        {
          scenario: s,
          metric: 'Mini App scan / typed code via X-API-Key, p95',
          value: (p(one, 0.95) / p(reference, 0.95)) * 100,
          unit: '%',
          bar: '',
          pass: null,
        },
        // Informative: four cashiers scanning at the same instant on one 2-core machine.
        {
          scenario: s,
          metric: `scan → «Погашено ✅», ${TILLS} tills at once, p95`,
          value: p(many, 0.95),
          unit: 'ms',
          bar: '',
          pass: null,
        },
        {
          scenario: s,
          metric: 'scans refused or failed',
          value: failures,
          unit: '',
          bar: '= 0',
          pass: failures === 0 && Number(redeemed) === total,
        },
      ];
    } finally {
      await stop(api);
      await app.close();
      await telegram.stop();
    }
  },
};
