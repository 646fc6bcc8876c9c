import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { AppConfig } from '@dvorik/config';
import { RedemptionStatsReader } from '../redemption-stats.reader';
import { daysOf } from '../rules/stats-range.rule';
import { GetRedemptionStatsQuery } from './get-redemption-stats.query';
import { shownRange, statsRangeOf } from './stats-input';

@QueryHandler(GetRedemptionStatsQuery)
export class GetRedemptionStatsHandler implements IQueryHandler<GetRedemptionStatsQuery> {
  constructor(
    private readonly reader: RedemptionStatsReader,
    private readonly config: AppConfig,
  ) {}

  async execute({ input }: GetRedemptionStatsQuery) {
    const range = statsRangeOf(input, this.config);
    const isTest = input.isTest ?? false;
    const [perDay, byCashier, byStore, byTemplate] = await Promise.all([
      this.reader.perDay(range, isTest),
      this.reader.byCashier(range, isTest),
      this.reader.byStore(range, isTest),
      this.reader.rateByTemplate(range, isTest),
    ]);
    const series = daysOf(range).map((day) => ({ day, redemptions: perDay.get(day) ?? 0 }));
    const total = series.reduce((sum, d) => sum + d.redemptions, 0);
    return { range: shownRange(range), total, series, byCashier, byStore, byTemplate };
  }
}
