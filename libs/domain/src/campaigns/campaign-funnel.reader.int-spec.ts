import { GetCampaignFunnelsQuery, GetDashboardQuery, GetKpisQuery } from '@dvorik/domain';
import {
  aCampaign,
  aTemplateRow,
  campaignStarts,
  clientRows,
  createDomainTestApp,
  discountRows,
  type DomainTestApp,
} from '@dvorik/testing';
import { DateTime } from 'luxon';
import type { CampaignFunnel } from './campaign-funnel.reader';

// The project's testTimeout does not reach jest-circus (only the global one does): set it here.
jest.setTimeout(120_000);

interface Client {
  id: number;
  campaignId: number | null;
  subscribed: boolean;
  isTest: boolean;
  createdAt: Date;
}
interface Code {
  clientId: number;
  redemptions: number;
}
interface Start {
  campaignId: number;
  day: string;
  isTest: boolean;
  starts: number;
}

const FROM = '2026-03-10';
const TO = '2026-03-20';
const CAMPAIGNS = [1, 2, 3];

/**
 * The funnel numbers (GetCampaignFunnelsQuery and the dashboard's block) equal a brute-force
 * count over a generated population: clients in and out of the range (around both edges, in the
 * shop's time zone), test and real, with and without a campaign, with 0–2 codes, redeemed or not.
 * Guards the covering indexes of migration 1764700000000 (the plan changes, the counts must not).
 */
describe('Campaign funnels against a brute-force count (MariaDB)', () => {
  let app: DomainTestApp;
  let zone: string;
  const clients: Client[] = [];
  const codes: Code[] = [];
  const starts: Start[] = [];

  beforeAll(async () => {
    app = await createDomainTestApp('funnel');
    zone = app.env.SHOP_TIMEZONE ?? 'Asia/Vladivostok';
    for (const id of CAMPAIGNS)
      await aCampaign(app.sql, { id, name: `Кампания ${id}`, source_key: `camp${id}` });
    await aTemplateRow(app.sql, { id: 1, name: 'funnel' });
    // Registrations every 2 hours from 3 days before the range to 3 days after: both edges are crossed.
    const first = DateTime.fromISO(FROM, { zone }).minus({ days: 3 });
    for (let i = 1; i <= 240; i++) {
      clients.push({
        id: i,
        campaignId: i % 5 === 0 ? null : CAMPAIGNS[Math.floor(i / 2) % 3],
        subscribed: i % 2 === 0,
        isTest: i % 7 === 0,
        createdAt: first.plus({ hours: 2 * (i - 1) + (i % 3) * 0.5 }).toJSDate(),
      });
      for (let k = 0; k < Math.floor(i / 7) % 3; k++)
        codes.push({ clientId: i, redemptions: (i + k) % 3 === 0 ? 1 + k : 0 });
    }
    const now = new Date();
    await clientRows(
      app.sql,
      clients.map((c) => ({
        id: c.id,
        telegram_id: 500000 + c.id,
        first_name: `Имя${c.id}`,
        campaign_id: c.campaignId,
        subscribed: c.subscribed,
        is_test: c.isTest,
        last_activity_at: now,
        created_at: c.createdAt,
        updated_at: now,
      })),
    );
    await discountRows(
      app.sql,
      codes.map((d, n) => ({
        code: `F${n}`,
        template_id: 1,
        client_id: d.clientId,
        status: d.redemptions > 0 ? ('redeemed' as const) : ('active' as const),
        // outside the dashboard's default 30 days
        issued_at: new Date(now.getTime() - (n % 3 === 0 ? 40 : 0) * 86_400_000),
        redemption_count: d.redemptions,
        is_test: clients[d.clientId - 1].isTest,
        created_at: now,
        updated_at: now,
      })),
    );
    for (const campaignId of CAMPAIGNS)
      for (let day = 5; day <= 25; day++)
        for (const isTest of [false, true]) {
          const start = {
            campaignId,
            day: `2026-03-${String(day).padStart(2, '0')}`,
            isTest,
            starts: campaignId * day + (isTest ? 1 : 0),
          };
          starts.push(start);
        }
    await campaignStarts(
      app.sql,
      starts.map((start) => ({
        campaign_id: start.campaignId,
        day: start.day,
        is_test: start.isTest,
        starts: start.starts,
      })),
    );
  });
  afterAll(() => app.close());

  const bruteForce = (isTest: boolean) => {
    const inRange = (c: Client) => {
      const day = DateTime.fromJSDate(c.createdAt, { zone }).toISODate()!;
      return day >= FROM && day <= TO;
    };
    return CAMPAIGNS.map((campaignId) => {
      const cohort = clients.filter((c) => c.campaignId === campaignId && c.isTest === isTest && inRange(c));
      const ids = new Set(cohort.map((c) => c.id));
      const cohortCodes = codes.filter((d) => ids.has(d.clientId));
      return {
        campaignId,
        starts: starts
          .filter((s) => s.campaignId === campaignId && s.isTest === isTest && s.day >= FROM && s.day <= TO)
          .reduce((sum, s) => sum + s.starts, 0),
        registrations: cohort.length,
        subscriptions: cohort.filter((c) => c.subscribed).length,
        codesIssued: cohortCodes.length,
        codesRedeemed: cohortCodes.filter((d) => d.redemptions > 0).length,
      };
    });
  };
  const numbers = (rows: CampaignFunnel[]) =>
    rows
      .map((r) => ({
        campaignId: r.campaignId,
        starts: r.starts,
        registrations: r.registrations,
        subscriptions: r.subscriptions,
        codesIssued: r.codesIssued,
        codesRedeemed: r.codesRedeemed,
      }))
      .sort((a, b) => Number(a.campaignId) - Number(b.campaignId));

  it.each([false, true])(
    'GetCampaignFunnelsQuery equals the brute-force count (isTest %s)',
    async (isTest) => {
      const expected = bruteForce(isTest);
      expect(expected.every((f) => f.registrations > 0) && expected.some((f) => f.codesRedeemed > 0)).toBe(
        true,
      );
      const result = await app.queries.execute(new GetCampaignFunnelsQuery({ from: FROM, to: TO, isTest }));
      expect(numbers(result.items)).toEqual(expected);
    },
  );

  it('the dashboard shows the same funnel', async () => {
    const dashboard = await app.queries.execute(new GetDashboardQuery({ from: FROM, to: TO }));
    expect(numbers(dashboard.campaignFunnel as CampaignFunnel[])).toEqual(bruteForce(false));
  });

  it('the dashboard and the KPIs count the codes issued in the last 30 days exactly', async () => {
    const recent = [...codes.entries()].filter(([n, d]) => n % 3 !== 0 && !clients[d.clientId - 1].isTest);
    const issued = recent.length;
    const redeemed = recent.filter(([, d]) => d.redemptions > 0).length;
    expect(issued > redeemed && redeemed > 0).toBe(true);
    const kpis = await app.queries.execute(new GetKpisQuery({}));
    expect(kpis.redemptionRate).toMatchObject({ issued, redeemed });
    const dashboard = await app.queries.execute(new GetDashboardQuery({}));
    expect(dashboard.redemptionRateByTemplate).toEqual([
      { templateId: 1, templateName: 'funnel', issued, redeemed, rate: redeemed / issued },
    ]);
  });
});
