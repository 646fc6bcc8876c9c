import { AnomalyCause, Clock } from '@dvorik/domain';
import {
  aBroadcast,
  aCampaign,
  aCashier,
  aRedemption,
  clientRows,
  createDomainTestApp,
  type DomainTestApp,
  json,
  redemptionRows,
} from '@dvorik/testing';
import { WatchAnomaliesJob } from './watch-anomalies.job';

/*
 * Fake clock: "now" is 18.11.2026 15:00 in Vladivostok (UTC+10) = 05:00Z; the shop day started
 * at 17.11 14:00Z. The 28 days before it run from 20.10 14:00Z to 17.11 14:00Z.
 */
const NOW = new Date('2026-11-18T05:00:00.000Z');
const TODAY_START = new Date('2026-11-17T14:00:00.000Z');
const HOUR = 3600_000;
const DAY = 24 * HOUR;

describe('WatchAnomaliesJob (MariaDB, fake clock, seeded history)', () => {
  let app: DomainTestApp;
  let job: WatchAnomaliesJob;
  let now = NOW;

  beforeAll(async () => {
    app = await createDomainTestApp('evening_anomalies');
    job = app.context.get(WatchAnomaliesJob);
    jest.spyOn(Clock.prototype, 'now').mockImplementation(() => now);
  });
  afterAll(async () => {
    jest.restoreAllMocks();
    await app.close();
  });

  type Line = { cashierId?: number | null; clientId?: number | null; result?: string; at: Date };
  const line = (row: Line) => ({
    action: row.result && row.result !== 'success' ? ('check' as const) : ('redeem' as const),
    client_id: row.clientId ?? null,
    cashier_id: row.cashierId ?? null,
    result: row.result ?? 'success',
    created_at: row.at,
  });
  const log = (row: Line) => aRedemption(app.sql, line(row));
  /** `counts[i]` redemptions on the i-th day before today (i = 1 is yesterday), at noon shop time. */
  async function history(cashierId: number, counts: number[]) {
    const rows: Line[] = [];
    for (const [i, n] of counts.entries()) {
      const noon = new Date(TODAY_START.getTime() - (i + 1) * DAY + 12 * HOUR);
      for (let k = 0; k < n; k++) rows.push({ cashierId, at: new Date(noon.getTime() + k * 1000) });
    }
    await redemptionRows(app.sql, rows.map(line));
  }
  async function today(cashierId: number, n: number) {
    await redemptionRows(
      app.sql,
      Array.from({ length: n }, (_, k) =>
        line({ cashierId, at: new Date(TODAY_START.getTime() + HOUR + k * 1000) }),
      ),
    );
  }
  async function campaign(name: string, createdDaysAgo: number, registrations: number) {
    const createdAt = new Date(NOW.getTime() - createdDaysAgo * DAY);
    const id = await aCampaign(app.sql, { name, source_key: name, created_at: createdAt });
    const at = new Date(createdAt.getTime() + HOUR);
    const clients = await clientRows(
      app.sql,
      Array.from({ length: registrations }, () => ({
        first_name: 'К',
        source: 'offline',
        campaign_id: id,
        created_at: at,
      })),
    );
    return { id, clients };
  }
  const broadcast = (
    title: string,
    status: 'sent' | 'sending',
    total: number,
    blocked: number,
    finishedAt: Date | null,
  ) =>
    aBroadcast(app.sql, {
      title,
      status,
      finished_at: finishedAt,
      total,
      sent_count: total - blocked,
      blocked_count: blocked,
      failed_count: blocked,
      created_at: NOW,
    });
  const alerts = () =>
    app.sql<{ cause: string; subject: string; day: string }>(
      "SELECT cause, subject, DATE_FORMAT(day, '%Y-%m-%d') AS day FROM anomaly_alerts ORDER BY cause, subject, day",
    );
  const key = (cause: AnomalyCause, subject: number | string, day = '2026-11-18') =>
    `${cause}:${subject}:${day}`;

  // Median of 28 days [4 × 14 days, 5 × 14 days] = 4.5: 13 is not over 13.5, 14 is.
  const STEADY = [...Array<number>(14).fill(4), ...Array<number>(14).fill(5)];
  // 13 busy days and 15 empty ones: the median counts the empty days, so it is 0, not 10.
  const PART_TIME = [...Array<number>(13).fill(10), ...Array<number>(15).fill(0)];
  let steady: number;
  let partTime: number;
  let newcomer: number;
  let quiet: { id: number; clients: number[] };
  let blockedId: number;

  it('raises nothing below the thresholds', async () => {
    steady = (await aCashier(app, { firstName: 'Ольга' })).id;
    await history(steady, STEADY);
    await today(steady, 13);
    // A burst long ago, outside the 28 days, does not lift the median.
    await history((partTime = (await aCashier(app, { firstName: 'Мила', store: 'ТЦ Океан' })).id), [
      ...PART_TIME,
      50,
      50,
    ]);
    await today(partTime, 9); // a median of 0, but under the floor of 10
    newcomer = (await aCashier(app, { firstName: 'Игорь' })).id;
    await today(newcomer, 9);
    // 19 not_found checks in the last 10 minutes, and older ones that no longer count.
    for (let i = 0; i < 19; i++)
      await log({ result: 'not_found', at: new Date(NOW.getTime() - 9 * 60_000 + i * 1000) });
    for (let i = 0; i < 10; i++)
      await log({ result: 'not_found', at: new Date(NOW.getTime() - 11 * 60_000) });
    // Campaigns: 19 registrations; 25 with a redemption 6 days ago; 25 but only 3 days old.
    await campaign('Листовки', 30, 19);
    const redeemed = await campaign('Instagram', 30, 25);
    await log({ clientId: redeemed.clients[3], at: new Date(NOW.getTime() - 6 * DAY) });
    await campaign('Новый постер', 3, 25);
    // Broadcasts: exactly 5 % blocked; 50 % blocked but still sending.
    await broadcast('Ровно пять', 'sent', 100, 5, new Date(NOW.getTime() - HOUR));
    await broadcast('Идёт', 'sending', 100, 50, null);
    await expect(job.process()).resolves.toEqual({ alerted: [] });
    expect(await alerts()).toHaveLength(0);
  });

  it('alerts each anomaly once, however many runs look', async () => {
    await today(steady, 1); // 14 > 3 × 4.5
    await today(partTime, 1); // 10 ≥ the floor, > 3 × 0
    await log({ result: 'not_found', at: new Date(NOW.getTime() - 60_000) }); // the 20th in 10 minutes
    blockedId = await broadcast('Распродажа', 'sent', 100, 6, new Date(NOW.getTime() - 2 * HOUR));
    // 23 registrations (reported in full, not capped at 20), the last redemption 8 days ago.
    quiet = await campaign('Постер у кассы', 30, 23);
    await log({ clientId: quiet.clients[0], at: new Date(NOW.getTime() - 8 * DAY) });

    const runs = await Promise.all([job.process(), job.process(), job.process()]);
    const alerted = runs.flatMap((r) => r.alerted).sort();
    expect(alerted).toEqual(
      [
        key(AnomalyCause.CashierSpike, steady),
        key(AnomalyCause.CashierSpike, partTime),
        key(AnomalyCause.NotFoundBurst, 'shop'),
        key(AnomalyCause.QuietCampaign, quiet.id),
        key(AnomalyCause.BroadcastBlocked, blockedId),
      ].sort(),
    );
    await expect(job.process()).resolves.toEqual({ alerted: [] });
    expect(await alerts()).toHaveLength(5);

    const events = await app.sql<{ envelope: unknown }>(
      "SELECT envelope FROM outbox WHERE type = 'evening.anomaly_detected'",
    );
    expect(events).toHaveLength(5);
    const details = events.map(
      (e) => json<{ payload: { details: { cause: string } } }>(e.envelope).payload.details,
    );
    expect(details).toEqual(
      expect.arrayContaining([
        { cause: 'cashier_spike', cashierName: 'Ольга', store: 'Светланская, 1', today: 14, median: 4.5 },
        { cause: 'cashier_spike', cashierName: 'Мила', store: 'ТЦ Океан', today: 10, median: 0 },
        { cause: 'not_found_burst', count: 20, minutes: 10 },
        { cause: 'quiet_campaign', name: 'Постер у кассы', registrations: 23 },
        { cause: 'broadcast_blocked', title: 'Распродажа', blocked: 6, recipients: 100 },
      ]),
    );
  });

  it('the next day a still-quiet campaign is alerted again, a finished broadcast is not', async () => {
    now = new Date(NOW.getTime() + DAY);
    const { alerted } = await job.process();
    expect(alerted).toEqual([key(AnomalyCause.QuietCampaign, quiet.id, '2026-11-19')]);
  });
});
