import { type IQueryHandler, QueryBus, QueryHandler } from '@nestjs/cqrs';
import { AppConfig } from '@dvorik/config';
import { ListRedemptionsQuery } from '../../redemptions';
import { shopDayStart } from '../../shared';
import { ClientStatsReader } from '../client-stats.reader';
import { DashboardSections } from '../dashboard-sections';
import { RedemptionStatsReader } from '../redemption-stats.reader';
import { resolveRange } from '../rules/stats-range.rule';
import { GetCampaignFunnelsQuery } from './get-campaign-funnels.query';
import { GetClientStatsQuery } from './get-client-stats.query';
import { GetDashboardQuery } from './get-dashboard.query';
import { GetFailedCheckStatsQuery } from './get-failed-check-stats.query';
import { GetKpisQuery } from './get-kpis.query';
import { GetRedemptionStatsQuery } from './get-redemption-stats.query';

/** The dashboard: the headline first, then what explains it. Independent blocks load in parallel. */
@QueryHandler(GetDashboardQuery)
export class GetDashboardHandler implements IQueryHandler<GetDashboardQuery> {
  constructor(
    private readonly queries: QueryBus,
    private readonly redemptions: RedemptionStatsReader,
    private readonly clients: ClientStatsReader,
    private readonly sections: DashboardSections,
    private readonly config: AppConfig,
  ) {}

  async execute({ input }: GetDashboardQuery) {
    const now = new Date();
    const isTest = input.isTest ?? false;
    const range = resolveRange(input, now, this.config.timeZone);
    const todayStart = shopDayStart(now, this.config.timeZone);
    const tomorrow = new Date(todayStart.getTime() + 36 * 3600_000);
    const todayEnd = shopDayStart(tomorrow, this.config.timeZone);
    const [today, newToday, stats, clients, campaigns, failed, activeCodes, last, extra, kpis] =
      await Promise.all([
        this.redemptions.count(todayStart, todayEnd, isTest),
        this.clients.newClients(todayStart, todayEnd, isTest),
        this.queries.execute(new GetRedemptionStatsQuery(input)),
        this.queries.execute(new GetClientStatsQuery(input)),
        this.queries.execute(new GetCampaignFunnelsQuery(input)),
        this.queries.execute(new GetFailedCheckStatsQuery(input)),
        this.redemptions.activeCodes(now, isTest),
        this.queries.execute(
          new ListRedemptionsQuery({ action: 'redeem', result: 'success', isTest }, 1, 10),
        ),
        this.sections.read(range, isTest),
        this.queries.execute(new GetKpisQuery(input)),
      ]);
    const perDay = new Map(clients.series.map((d) => [d.day, d.newClients]));
    return {
      range: stats.range,
      redemptions: { today, inRange: stats.total },
      clients: { total: clients.total, subscribed: clients.subscribed, newToday, newInRange: clients.new },
      activeCodes,
      redemptionRateByTemplate: stats.byTemplate,
      redemptionsByCashier: stats.byCashier,
      redemptionsByStore: stats.byStore,
      series: stats.series.map((d) => ({ ...d, newClients: perDay.get(d.day) ?? 0 })),
      campaignFunnel: campaigns.items.slice(0, 10),
      lastRedemptions: last.items,
      failedChecks: { total: failed.total, byResult: failed.byResult, recent: failed.recent },
      kpis: { clients: kpis.clients, broadcasts: kpis.broadcasts, redemptionRate: kpis.redemptionRate },
      ...extra,
    };
  }
}
