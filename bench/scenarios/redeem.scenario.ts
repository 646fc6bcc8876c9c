import { IssueDiscountCommand } from '@dvorik/domain';
import { aClient, anOwner, aTemplate, createDomainTestApp, type DomainTestApp } from '@dvorik/testing';
import { createPool } from 'mysql2';
import type { PoolConnection, RowDataPacket } from 'mysql2/promise';
import { randomUUID } from 'node:crypto';
import type { BenchFigure, BenchScenario } from '../bench-result';
import { processCpuSeconds } from '../support/process-cpu';
import { BenchHttpClient } from '../support/http-client';
import { freePort, pool, spawnApp, stop, waitForHttp } from '../support/spawn-app';

const CODES = 4000;
const CONCURRENCY = 32;
const RACE = 200;
/** The measured codes of each side are redeemed in this many turns, alternating with the other side. */
const ROUNDS = 4;
/**
 * Redeems per side before the measured ones. A shop's API runs for days, so it is measured
 * JIT-warm: V8 optimises the request path (Fastify, Nest, mysql2, the domain) only after some
 * thousand calls. The API's CPU per redeem on this VM, measured after 1 000 warm-up redeems,
 * 1.50 ms; after 3 000, 0.99 ms; it changes little after that.
 */
const WARM = 3000;

async function issueCodes(
  app: DomainTestApp,
  templateId: number,
  clientIds: number[],
  count: number,
  tag: string,
) {
  const codes: string[] = [];
  await pool(
    Array.from({ length: count }, (_, i) => i),
    16,
    async (i) => {
      const { discount } = await app.commands.execute(
        new IssueDiscountCommand({
          actor: anOwner(),
          clientId: clientIds[i % clientIds.length],
          templateId,
          origin: 'manual',
          requestId: `${tag}-${i}`,
        }),
      );
      codes.push(discount.code);
    },
  );
  return codes;
}

/**
 * The statements one HTTP redeem runs (captured from the handler's query log), issued raw through
 * mysql2 on one connection per redeem: the ceiling the API is measured against. As in the API,
 * READ COMMITTED is the connection's session level (set when the pool opens it), not a statement
 * per transaction. These statements are the measure, so they stay raw SQL (not the kit's
 * `redemptionRows`).
 */
async function rawRedeem(conn: PoolConnection, code: string): Promise<void> {
  const now = new Date();
  await conn.query('START TRANSACTION');
  const [rows] = await conn.query<RowDataPacket[]>(
    `SELECT d.*, t.name AS template_name, c.telegram_id, c.first_name, c.last_name, c.username, k.name AS cashier_name
       FROM discounts d INNER JOIN discount_templates t ON t.id = d.template_id
       LEFT JOIN clients c ON c.id = d.client_id LEFT JOIN cashiers k ON k.id = d.redeemed_by_cashier_id
      WHERE d.code IN (?, ?) ORDER BY d.id ASC LIMIT 1`,
    [code, code],
  );
  const d = rows[0];
  await conn.query(
    `UPDATE discounts SET
       status = IF(usage_type = 'shared' AND (redemption_cap IS NULL OR redemption_count + 1 < redemption_cap), 'active', 'redeemed'),
       redemption_count = redemption_count + 1, redeemed_at = ?, redeemed_by_cashier_id = ?, updated_at = ?
     WHERE id = ? AND status = 'active' AND (expires_at IS NULL OR expires_at > ?)
       AND (redemption_cap IS NULL OR redemption_count < redemption_cap)`,
    [now, null, now, d.id, now],
  );
  // The client's kept count of active codes (DiscountsRepository.redeem, README «Segment counts»).
  await conn.query(
    `UPDATE clients c JOIN discounts d ON d.client_id = c.id
     SET c.active_discounts = GREATEST(c.active_discounts, 1) - 1 WHERE d.id = ? AND d.status <> 'active'`,
    [d.id],
  );
  await conn.query(
    `SELECT d.*, t.name AS template_name, c.telegram_id, c.first_name, c.last_name, c.username, k.name AS cashier_name
       FROM discounts d INNER JOIN discount_templates t ON t.id = d.template_id
       LEFT JOIN clients c ON c.id = d.client_id LEFT JOIN cashiers k ON k.id = d.redeemed_by_cashier_id
      WHERE d.id = ? LIMIT 1`,
    [d.id],
  );
  await conn.query(
    `INSERT INTO redemption_log (action, code_entered, discount_id, client_id, cashier_id, staff_id, store, channel, result,
       message, purchase_amount, client_not_notified, rolled_back_at, rolled_back_by, rollback_reason, is_test, created_at)
     VALUES ('redeem', ?, ?, ?, NULL, NULL, NULL, 'pos', 'success', 'Redeemed: 10 %', NULL, 0, NULL, NULL, NULL, 0, ?)`,
    [code, d.id, d.client_id, now],
  );
  const id = randomUUID();
  await conn.query(
    'INSERT INTO outbox (id, type, envelope, occurred_at, published_at) VALUES (?, ?, ?, ?, NULL)',
    [
      id,
      'discount.redeemed',
      JSON.stringify({
        id,
        type: 'discount.redeemed',
        actor: { type: 'pos' },
        entity: { type: 'discount', id: d.id },
        payload: { code },
      }),
      now,
    ],
  );
  await conn.query('COMMIT');
}

export const redeemScenario: BenchScenario = {
  name: 'redeem',
  description: `HTTP redeem of ${CODES} distinct codes vs the same SQL raw through mysql2 (${CONCURRENCY} in flight, the sides taking ${ROUNDS} turns each after ${WARM} warm-up redeems), and a ${RACE}-way race`,
  async run(): Promise<BenchFigure[]> {
    const app = await createDomainTestApp('bench_redeem', { DATABASE_POOL_SIZE: '20' });
    const port = await freePort();
    const api = spawnApp('api', { ...app.env, API_PORT: String(port), LOG_LEVEL: 'info' });
    try {
      const template = await aTemplate(app);
      const clients = await Promise.all(Array.from({ length: 50 }, () => aClient(app)));
      const ids = clients.map((c) => c.id);
      const httpCodes = await issueCodes(app, template.id, ids, CODES, 'http');
      const rawCodes = await issueCodes(app, template.id, ids, CODES, 'raw');
      const [raceCode] = await issueCodes(app, template.id, ids, 1, 'race');
      const base = `http://127.0.0.1:${port}`;
      await waitForHttp(`${base}/health/ready`);
      const http = new BenchHttpClient(base, RACE);
      const redeem = (code: string, key?: string) =>
        http.post(
          '/api/v1/discounts/redeem',
          { code },
          { 'x-api-key': app.env.POS_API_KEY!, ...(key ? { 'idempotency-key': key } : {}) },
        );

      const url = new URL(app.env.DATABASE_URL!.replace(/^mariadb:/, 'mysql:'));
      const rawPool = createPool({
        host: url.hostname,
        port: Number(url.port),
        user: url.username,
        password: url.password,
        database: url.pathname.slice(1),
        connectionLimit: 20,
        timezone: 'Z',
        charset: 'utf8mb4_unicode_ci',
        // As the API's pool: no stack captured per query.
        trace: false,
      });
      rawPool.on('connection', (connection) => {
        // A failure is a broken connection: the redeem's first statement on it fails and says so.
        connection.query('SET SESSION TRANSACTION ISOLATION LEVEL READ COMMITTED', () => undefined);
      });
      const raw = rawPool.promise();
      let httpOk = 0;
      const httpRedeem = async (code: string) => {
        if ((await redeem(code)).status === 200) httpOk++;
      };
      const rawRedeemOne = async (code: string) => {
        const conn = await raw.getConnection();
        await rawRedeem(conn, code).finally(() => conn.release());
      };

      // Warm both paths (JIT, pools) on codes that are not measured, as they are measured.
      const warm = await issueCodes(app, template.id, ids, 2 * WARM, 'warm');
      await pool(warm.slice(0, WARM), CONCURRENCY, async (c) => void (await redeem(c)));
      await pool(warm.slice(WARM), CONCURRENCY, rawRedeemOne);

      // The sides take turns, ROUNDS times: a change in the machine's load (other processes,
      // the VM's neighbours) then falls on both sides alike instead of on whichever ran second.
      const httpSide = { ms: 0, apiCpu: 0, clientCpu: 0 };
      const rawSide = { ms: 0, clientCpu: 0 };
      const measure = async (codes: string[], task: (code: string) => Promise<void>) => {
        const cpu = process.cpuUsage();
        const start = performance.now();
        await pool(codes, CONCURRENCY, task);
        const used = process.cpuUsage(cpu);
        return { ms: performance.now() - start, cpu: (used.user + used.system) / 1000 };
      };
      let apiCpuKnown = true;
      const perRound = CODES / ROUNDS;
      for (let round = 0; round < ROUNDS; round++) {
        const slice = (codes: string[]) => codes.slice(round * perRound, (round + 1) * perRound);
        const apiBefore = processCpuSeconds(api.pid);
        const h = await measure(slice(httpCodes), httpRedeem);
        const apiAfter = processCpuSeconds(api.pid);
        if (apiBefore === null || apiAfter === null) apiCpuKnown = false;
        else httpSide.apiCpu += (apiAfter - apiBefore) * 1000;
        httpSide.ms += h.ms;
        httpSide.clientCpu += h.cpu;
        const r = await measure(slice(rawCodes), rawRedeemOne);
        rawSide.ms += r.ms;
        rawSide.clientCpu += r.cpu;
      }
      await raw.end();
      const httpRate = CODES / (httpSide.ms / 1000);
      const rawRate = CODES / (rawSide.ms / 1000);

      const statuses = await Promise.all(
        Array.from({ length: RACE }, async () => (await redeem(raceCode)).status),
      );
      const [{ n: successRows }] = await app.sql<{ n: number }>(
        "SELECT COUNT(*) n FROM redemption_log WHERE code_entered = ? AND result = 'success'",
        [raceCode],
      );
      await http.close();
      const ratio = (httpRate / rawRate) * 100;
      const s = 'redeem';
      return [
        {
          scenario: s,
          metric: 'HTTP redeem, distinct codes',
          value: httpRate,
          unit: 'req/s',
          bar: '',
          pass: httpOk === CODES,
        },
        { scenario: s, metric: 'same SQL raw via mysql2', value: rawRate, unit: 'tx/s', bar: '', pass: null },
        { scenario: s, metric: 'HTTP / raw', value: ratio, unit: '%', bar: '≥ 50 %', pass: ratio >= 50 },
        // What each side spends per redemption, which machine load does not skew as it does rates.
        ...(apiCpuKnown
          ? [
              {
                scenario: s,
                metric: 'API process CPU per HTTP redeem',
                value: httpSide.apiCpu / CODES,
                unit: 'ms',
                bar: '',
                pass: null,
              },
            ]
          : []),
        {
          scenario: s,
          metric: 'bench HTTP client CPU per request',
          value: httpSide.clientCpu / CODES,
          unit: 'ms',
          bar: '',
          pass: null,
        },
        {
          scenario: s,
          metric: 'raw client CPU per transaction',
          value: rawSide.clientCpu / CODES,
          unit: 'ms',
          bar: '',
          pass: null,
        },
        {
          scenario: s,
          metric: `${RACE}-way race: successes`,
          value: statuses.filter((x) => x === 200).length,
          unit: '',
          bar: '= 1',
          pass: statuses.filter((x) => x === 200).length === 1,
        },
        {
          scenario: s,
          metric: `${RACE}-way race: 409 DISCOUNT_ALREADY_REDEEMED`,
          value: statuses.filter((x) => x === 409).length,
          unit: '',
          bar: `= ${RACE - 1}`,
          pass: statuses.filter((x) => x === 409).length === RACE - 1,
        },
        {
          scenario: s,
          metric: `${RACE}-way race: success rows in the log`,
          value: Number(successRows),
          unit: '',
          bar: '= 1',
          pass: Number(successRows) === 1,
        },
      ];
    } finally {
      await stop(api);
      await app.close();
    }
  },
};
