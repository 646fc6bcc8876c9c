import { Clock, type DigestFigures, UpdateSettingsCommand } from '@dvorik/domain';
import {
  aBroadcast,
  aCampaign,
  aCashier,
  anOwner,
  clientRows,
  createDomainTestApp,
  type DiscountRow,
  discountRows,
  type DomainTestApp,
  json,
  redemptionRows,
} from '@dvorik/testing';
import { SendEveningDigestJob } from './send-evening-digest.job';

/*
 * Seeded history and a fake clock. The shop is in Asia/Vladivostok (UTC+10, no summer time), so
 * the windows are written out in UTC here, independently of the job's time arithmetic:
 * "now" is Wednesday 18.11.2026 21:00:30 shop time; today starts at 14:00Z the day before;
 * the same weekday last week is 11.11 from 10.11 14:00Z to 11.11 11:00:30Z (the same hours).
 */
const NOW = new Date('2026-11-18T11:00:30.000Z');
const TODAY_START = new Date('2026-11-17T14:00:00.000Z');
const LAST_WEEK_START = new Date('2026-11-10T14:00:00.000Z');
const LAST_WEEK_UNTIL = new Date('2026-11-11T11:00:30.000Z');
const HOUR = 3600_000;

interface Redemption {
  cashierId: number | null;
  store: string | null;
  clientId: number | null;
  result: string;
  action: 'check' | 'redeem';
  at: Date;
  isTest?: boolean;
  rolledBack?: boolean;
}

/** A small deterministic generator: the same history every run, no hand-picked totals. */
function lcg(seed: number) {
  let s = seed;
  return (n: number) => {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    return Math.floor((s / 2 ** 31) * n); // the high bits: an LCG's low bits cycle
  };
}

describe('SendEveningDigestJob (MariaDB, fake clock, seeded history)', () => {
  let app: DomainTestApp;
  let job: SendEveningDigestJob;
  let now = NOW;
  const redemptions: Redemption[] = [];
  const clients: Array<{ id: number; campaignId: number | null; at: Date; isTest: boolean }> = [];
  const cashiers: Array<{ id: number; name: string; store: string }> = [];
  const campaigns: Array<{ id: number; name: string }> = [];
  let subscriptionCodesToday = 0;

  beforeAll(async () => {
    app = await createDomainTestApp('evening_digest');
    job = app.context.get(SendEveningDigestJob);
    jest.spyOn(Clock.prototype, 'now').mockImplementation(() => now);

    for (const [name, store] of [
      ['Ольга', 'Светланская, 1'],
      ['Мила', 'Светланская, 1'],
      ['Игорь', 'ТЦ Океан'],
    ] as const) {
      const c = await aCashier(app, { firstName: name, store });
      cashiers.push({ id: c.id, name, store });
    }
    const testCashier = await aCashier(app, { firstName: 'Тест', store: 'Тестовая', isTest: true });
    for (const [i, name] of ['Постер у кассы', 'Instagram', 'Листовки'].entries()) {
      const id = await aCampaign(app.sql, {
        name,
        source_key: `k${i}`,
        created_at: new Date('2026-10-01T00:00:00Z'),
      });
      campaigns.push({ id, name });
    }

    const rnd = lcg(42);
    // Clients: some yesterday, some today (a few test ones), linked to campaigns or not.
    const registered: Array<{ campaignId: number | null; at: Date; isTest: boolean }> = [];
    for (let i = 0; i < 60; i++) {
      const at = new Date(TODAY_START.getTime() - 30 * HOUR + rnd(50) * HOUR + rnd(3600) * 1000);
      if (at >= NOW) continue;
      const campaignId = rnd(4) === 0 ? null : campaigns[rnd(3)].id;
      const isTest = rnd(10) === 0;
      registered.push({ campaignId, at, isTest });
    }
    const clientIds = await clientRows(
      app.sql,
      registered.map((c) => ({
        source: 'offline',
        campaign_id: c.campaignId,
        is_test: c.isTest,
        created_at: c.at,
      })),
    );
    clients.push(...registered.map((c, i) => ({ id: clientIds[i], ...c })));
    // Subscription codes (and others) issued around today.
    const codes: Array<Partial<DiscountRow>> = [];
    for (let i = 0; i < 30; i++) {
      const at = new Date(TODAY_START.getTime() - 6 * HOUR + rnd(26) * HOUR);
      if (at >= NOW) continue;
      const origin = rnd(3) === 0 ? 'birthday' : 'subscription';
      const isTest = rnd(8) === 0;
      if (origin === 'subscription' && !isTest && at >= TODAY_START) subscriptionCodesToday++;
      codes.push({ code: `S${i}`, issued_at: at, issue_origin: origin, is_test: isTest });
    }
    await discountRows(app.sql, codes);
    // Redemptions and failed checks today, last week (before and after the cut) and on other days.
    const days = [0, 7, 1, 6, 8, 14];
    const results = ['success', 'success', 'success', 'not_found', 'expired', 'already_used'];
    for (let i = 0; i < 400; i++) {
      const day = days[rnd(days.length)];
      const at = new Date(TODAY_START.getTime() - day * 24 * HOUR + rnd(24 * 3600) * 1000);
      if (at >= NOW) continue;
      const who = rnd(5);
      const cashier = who < 3 ? cashiers[who] : null;
      const isTest = who === 4;
      const client = clients[rnd(clients.length)];
      redemptions.push({
        cashierId: isTest ? testCashier.id : (cashier?.id ?? null),
        store: isTest ? 'Тестовая' : (cashier?.store ?? (rnd(2) ? 'ТЦ Океан' : null)),
        clientId: client.id,
        result: results[rnd(results.length)],
        action: rnd(4) === 0 ? 'check' : 'redeem',
        at,
        isTest,
        rolledBack: rnd(15) === 0,
      });
    }
    await redemptionRows(
      app.sql,
      redemptions.map((r) => ({
        action: r.action,
        client_id: r.clientId,
        cashier_id: r.cashierId,
        store: r.store,
        result: r.result,
        rolled_back_at: r.rolledBack ? r.at : null,
        is_test: r.isTest ?? false,
        created_at: r.at,
      })),
    );
    // Broadcasts: two finished today, one yesterday, one still sending.
    for (const [status, finished, total, sent, blocked] of [
      ['sent', new Date(TODAY_START.getTime() + 5 * HOUR), 200, 190, 7],
      ['sent', new Date(TODAY_START.getTime() + 9 * HOUR), 50, 50, 0],
      ['sent', new Date(TODAY_START.getTime() - 2 * HOUR), 300, 280, 20],
      ['sending', null, 100, 40, 1],
    ] as const) {
      await aBroadcast(app.sql, {
        title: 'B',
        status,
        finished_at: finished,
        total,
        sent_count: sent,
        blocked_count: blocked,
        failed_count: blocked,
        created_at: TODAY_START,
      });
    }
  }, 120_000);
  afterAll(async () => {
    jest.restoreAllMocks();
    await app.close();
  });

  /** What the digest must say, computed here from the seeded rows alone. */
  function expected(): DigestFigures {
    const redeemed = (r: Redemption) =>
      !r.isTest && r.action === 'redeem' && r.result === 'success' && !r.rolledBack;
    const today = (at: Date) => at >= TODAY_START && at < NOW;
    const lastWeek = (at: Date) => at >= LAST_WEEK_START && at < LAST_WEEK_UNTIL;
    const table = (label: (r: Redemption) => string | null) => {
      const rows = new Map<string | null, { label: string | null; today: number; lastWeek: number }>();
      for (const r of redemptions.filter(redeemed)) {
        if (!today(r.at) && !lastWeek(r.at)) continue;
        const key = label(r);
        const row = rows.get(key) ?? { label: key, today: 0, lastWeek: 0 };
        if (today(r.at)) row.today++;
        else row.lastWeek++;
        rows.set(key, row);
      }
      return [...rows.values()];
    };
    const cashierLabel = (r: Redemption) => {
      const c = cashiers.find((x) => x.id === r.cashierId);
      return c ? `${c.name} (${c.store})` : null;
    };
    const perCampaign = campaigns.map((c) => ({
      id: c.id,
      name: c.name,
      redemptions: redemptions.filter(
        (r) => redeemed(r) && today(r.at) && clients.find((x) => x.id === r.clientId)?.campaignId === c.id,
      ).length,
      registrations: clients.filter((x) => !x.isTest && x.campaignId === c.id && today(x.at)).length,
    }));
    perCampaign.sort(
      (a, b) => b.redemptions - a.redemptions || b.registrations - a.registrations || a.id - b.id,
    );
    const failed = redemptions.filter((r) => !r.isTest && r.result !== 'success' && today(r.at));
    return {
      date: '2026-11-18',
      until: NOW.toISOString(),
      redemptions: {
        today: redemptions.filter((r) => redeemed(r) && today(r.at)).length,
        lastWeek: redemptions.filter((r) => redeemed(r) && lastWeek(r.at)).length,
      },
      byStore: table((r) => r.store),
      byCashier: table(cashierLabel),
      newClients: clients.filter((c) => !c.isTest && today(c.at)).length,
      newSubscriptions: subscriptionCodesToday,
      bestCampaign: perCampaign[0],
      broadcasts: { sent: 2, recipients: 250, delivered: 240, blocked: 7 },
      failedChecks: { total: failed.length, notFound: failed.filter((r) => r.result === 'not_found').length },
    };
  }

  const byLabel = (rows: Array<{ label: string | null }>) =>
    [...rows].sort((a, b) => (a.label ?? '').localeCompare(b.label ?? ''));

  it('sends nothing before digest_hour (21 by default, shop time)', async () => {
    now = new Date('2026-11-18T10:59:59.000Z'); // 20:59:59 in Vladivostok
    await expect(job.process()).resolves.toEqual({ skipped: 'before_hour', date: '2026-11-18' });
    expect(await app.sql('SELECT day FROM digest_runs')).toHaveLength(0);
  });

  it('at 21:00 counts the day against the same weekday last week, once however many runs race', async () => {
    now = NOW;
    const results = await Promise.all([job.process(), job.process(), job.process()]);
    expect(results.filter((r) => 'sent' in r)).toHaveLength(1);
    expect(results.filter((r) => 'skipped' in r && r.skipped === 'already_sent')).toHaveLength(2);

    const [run] = await app.sql<{ figures: unknown }>('SELECT figures FROM digest_runs');
    const figures = json<DigestFigures>(run.figures);
    const want = expected();
    // The seeded history must exercise every figure, or the comparison proves little.
    expect(want.redemptions.today).toBeGreaterThan(5);
    expect(want.redemptions.lastWeek).toBeGreaterThan(5);
    expect(want.bestCampaign!.redemptions + want.bestCampaign!.registrations).toBeGreaterThan(0);
    expect(want.failedChecks.notFound).toBeGreaterThan(0);
    expect({ ...figures, byStore: byLabel(figures.byStore), byCashier: byLabel(figures.byCashier) }).toEqual({
      ...want,
      byStore: byLabel(want.byStore),
      byCashier: byLabel(want.byCashier),
    });
    const events = await app.sql<{ envelope: unknown }>(
      "SELECT envelope FROM outbox WHERE type = 'evening.digest_ready'",
    );
    expect(events).toHaveLength(1);
    expect(json<{ payload: DigestFigures }>(events[0].envelope).payload).toEqual(figures);
  });

  it('later the same evening it does not send again; the next day it does', async () => {
    now = new Date(NOW.getTime() + 2 * HOUR);
    await expect(job.process()).resolves.toEqual({ skipped: 'already_sent', date: '2026-11-18' });
    now = new Date(NOW.getTime() + 24 * HOUR);
    await expect(job.process()).resolves.toMatchObject({ sent: true, date: '2026-11-19' });
    expect(await app.sql("SELECT id FROM outbox WHERE type = 'evening.digest_ready'")).toHaveLength(2);
  });

  it('follows digest_hour as the owner sets it', async () => {
    await app.commands.execute(new UpdateSettingsCommand(anOwner(), { digest_hour: 23 }));
    now = new Date('2026-11-20T12:30:00.000Z'); // 22:30 shop time
    await expect(job.process()).resolves.toEqual({ skipped: 'before_hour', date: '2026-11-20' });
    now = new Date('2026-11-20T13:00:00.000Z'); // 23:00
    await expect(job.process()).resolves.toMatchObject({ sent: true, date: '2026-11-20' });
  });
});
