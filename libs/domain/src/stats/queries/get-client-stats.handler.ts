import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { AppConfig } from '@dvorik/config';
import { ClientStatsReader } from '../client-stats.reader';
import { daysOf } from '../rules/stats-range.rule';
import { GetClientStatsQuery } from './get-client-stats.query';
import { shownRange, statsRangeOf } from './stats-input';

@QueryHandler(GetClientStatsQuery)
export class GetClientStatsHandler implements IQueryHandler<GetClientStatsQuery> {
  constructor(
    private readonly reader: ClientStatsReader,
    private readonly config: AppConfig,
  ) {}

  async execute({ input }: GetClientStatsQuery) {
    const range = statsRangeOf(input, this.config);
    const isTest = input.isTest ?? false;
    const [totals, perDay] = await Promise.all([
      this.reader.totals(isTest),
      this.reader.newPerDay(range, isTest),
    ]);
    const series = daysOf(range).map((day) => ({ day, newClients: perDay.get(day) ?? 0 }));
    return { range: shownRange(range), ...totals, new: series.reduce((s, d) => s + d.newClients, 0), series };
  }
}
