import { IssueDiscountCommand } from '@dvorik/domain';
import { aClient, anOwner, aTemplate, createDomainTestApp, type DomainTestApp } from '@dvorik/testing';
import { createPool } from 'mysql2';
import type { PoolConnection, RowDataPacket } from 'mysql2/promise';
import { randomUUID } from 'node:crypto';
import type { BenchFigure, BenchScenario } from '../bench-result';
import { processCpuSeconds } from '../support/process-cpu';
import { BenchHttpClient } from '../support/http-client';
import { freePort, pool, spawnApp, stop, waitForHttp } from '../support/spawn-app';

const CODES = 2000;
const CONCURRENCY = 32;
const RACE = 200;
/**
 * Redeems per side before the measured ones. A shop's API runs for days, so it is measured
 * JIT-warm: V8 optimises the request path (Fastify, Nest, TypeORM, mysql2) only after some
 * thousand calls. In one process, over HTTP, the same API spent 4.3 ms of CPU per redeem on its
 * first 2 000 redeems after a 200-redeem warm-up and 2.5 ms on the next 2 000.
 */
const WARM = Number(process.env.BENCH_WARM ?? 1000);

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
  description: `HTTP redeem of ${CODES} distinct codes vs the same SQL raw through mysql2 (${CONCURRENCY} in flight), and a ${RACE}-way race`,
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

      // Warm both paths (JIT, pools) on codes that are not measured, as they are measured.
      const warm = await issueCodes(app, template.id, ids, 2 * WARM, 'warm');
      await pool(warm.slice(0, WARM), CONCURRENCY, async (c) => void (await redeem(c)));

      let httpOk = 0;
      const apiCpuStart = processCpuSeconds(api.pid);
      const httpCpuStart = process.cpuUsage();
      const httpStart = performance.now();
      await pool(httpCodes, CONCURRENCY, async (code) => {
        if ((await redeem(code)).status === 200) httpOk++;
      });
      const httpRate = CODES / ((performance.now() - httpStart) / 1000);
      const httpCpu = process.cpuUsage(httpCpuStart);
      const apiCpuEnd = processCpuSeconds(api.pid);

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
      await pool(warm.slice(WARM), CONCURRENCY, async (code) => {
        const conn = await raw.getConnection();
        await rawRedeem(conn, code).finally(() => conn.release());
      });
      const rawCpuStart = process.cpuUsage();
      const rawStart = performance.now();
      await pool(rawCodes, CONCURRENCY, async (code) => {
        const conn = await raw.getConnection();
        await rawRedeem(conn, code).finally(() => conn.release());
      });
      const rawRate = CODES / ((performance.now() - rawStart) / 1000);
      const rawCpu = process.cpuUsage(rawCpuStart);
      await raw.end();

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
        ...(apiCpuStart !== null && apiCpuEnd !== null
          ? [
              {
                scenario: s,
                metric: 'API process CPU per HTTP redeem',
                value: ((apiCpuEnd - apiCpuStart) * 1000) / CODES,
                unit: 'ms',
                bar: '',
                pass: null,
              },
            ]
          : []),
        {
          scenario: s,
          metric: 'bench HTTP client CPU per request',
          value: (httpCpu.user + httpCpu.system) / 1000 / CODES,
          unit: 'ms',
          bar: '',
          pass: null,
        },
        {
          scenario: s,
          metric: 'raw client CPU per transaction',
          value: (rawCpu.user + rawCpu.system) / 1000 / CODES,
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
