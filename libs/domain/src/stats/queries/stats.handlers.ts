import { type IQueryHandler, QueryBus, QueryHandler } from '@nestjs/cqrs';
import { AppConfig } from '@dvorik/config';
import { UnitOfWork } from '@dvorik/persistence';
import { Campaign, CampaignFunnelReader } from '../../campaigns';
import { ListRedemptionsQuery, REDEMPTION_RESULTS } from '../../redemptions';
import { ClientStatsReader } from '../client-stats.reader';
import { RedemptionStatsReader } from '../redemption-stats.reader';
import { daysOf, resolveRange } from '../rules/stats-range.rule';
import {
  GetCampaignFunnelsQuery,
  GetClientStatsQuery,
  GetFailedCheckStatsQuery,
  GetRedemptionStatsQuery,
  type StatsInput,
} from './stats.queries';

const rangeOf = (input: StatsInput, config: AppConfig) => resolveRange(input, new Date(), config.timeZone);
const shown = ({ from, to, timeZone }: { from: string; to: string; timeZone: string }) => ({
  from,
  to,
  timeZone,
});

@QueryHandler(GetRedemptionStatsQuery)
export class GetRedemptionStatsHandler implements IQueryHandler<GetRedemptionStatsQuery> {
  constructor(
    private readonly reader: RedemptionStatsReader,
    private readonly config: AppConfig,
  ) {}

  async execute({ input }: GetRedemptionStatsQuery) {
    const range = rangeOf(input, this.config);
    const isTest = input.isTest ?? false;
    const [perDay, byCashier, byStore, byTemplate] = await Promise.all([
      this.reader.perDay(range, isTest),
      this.reader.byCashier(range, isTest),
      this.reader.byStore(range, isTest),
      this.reader.rateByTemplate(range, isTest),
    ]);
    const series = daysOf(range).map((day) => ({ day, redemptions: perDay.get(day) ?? 0 }));
    const total = series.reduce((sum, d) => sum + d.redemptions, 0);
    return { range: shown(range), total, series, byCashier, byStore, byTemplate };
  }
}

@QueryHandler(GetClientStatsQuery)
export class GetClientStatsHandler implements IQueryHandler<GetClientStatsQuery> {
  constructor(
    private readonly reader: ClientStatsReader,
    private readonly config: AppConfig,
  ) {}

  async execute({ input }: GetClientStatsQuery) {
    const range = rangeOf(input, this.config);
    const isTest = input.isTest ?? false;
    const [totals, perDay] = await Promise.all([
      this.reader.totals(isTest),
      this.reader.newPerDay(range, isTest),
    ]);
    const series = daysOf(range).map((day) => ({ day, newClients: perDay.get(day) ?? 0 }));
    return { range: shown(range), ...totals, new: series.reduce((s, d) => s + d.newClients, 0), series };
  }
}

@QueryHandler(GetFailedCheckStatsQuery)
export class GetFailedCheckStatsHandler implements IQueryHandler<GetFailedCheckStatsQuery> {
  constructor(
    private readonly reader: RedemptionStatsReader,
    private readonly queries: QueryBus,
    private readonly config: AppConfig,
  ) {}

  async execute({ input }: GetFailedCheckStatsQuery) {
    const range = rangeOf(input, this.config);
    const isTest = input.isTest ?? false;
    const failures = REDEMPTION_RESULTS.filter((r) => r !== 'success');
    const [counts, recent] = await Promise.all([
      this.reader.failedChecks(range, isTest),
      this.queries.execute(
        new ListRedemptionsQuery({ results: failures, isTest, from: range.start, to: range.end }, 1, 10),
      ),
    ]);
    return { range: shown(range), ...counts, recent: recent.items };
  }
}

@QueryHandler(GetCampaignFunnelsQuery)
export class GetCampaignFunnelsHandler implements IQueryHandler<GetCampaignFunnelsQuery> {
  constructor(
    private readonly funnels: CampaignFunnelReader,
    private readonly uow: UnitOfWork,
    private readonly config: AppConfig,
  ) {}

  async execute({ input }: GetCampaignFunnelsQuery) {
    const range = rangeOf(input, this.config);
    const rows = await this.funnels.funnels('all', {
      fromDay: range.from,
      toDay: range.to,
      from: range.start,
      to: range.end,
      isTest: input.isTest ?? false,
    });
    const campaigns = rows.length
      ? await this.uow.manager.findBy(
          Campaign,
          rows.map((r) => ({ id: r.campaignId })),
        )
      : [];
    const byId = new Map(campaigns.map((c) => [c.id, c]));
    const items = rows
      .filter((r) => byId.has(r.campaignId))
      .map((r) => ({
        ...r,
        name: byId.get(r.campaignId)!.name,
        sourceKey: byId.get(r.campaignId)!.sourceKey,
      }))
      .sort((a, b) => b.registrations - a.registrations || b.starts - a.starts);
    return { range: shown(range), items };
  }
}
