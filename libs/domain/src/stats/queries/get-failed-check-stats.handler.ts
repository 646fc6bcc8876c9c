import { type IQueryHandler, QueryBus, QueryHandler } from '@nestjs/cqrs';
import { AppConfig } from '@dvorik/config';
import { ListRedemptionsQuery, REDEMPTION_RESULTS } from '../../redemptions';
import { RedemptionStatsReader } from '../redemption-stats.reader';
import { GetFailedCheckStatsQuery } from './get-failed-check-stats.query';
import { shownRange, statsRangeOf } from './stats-input';

@QueryHandler(GetFailedCheckStatsQuery)
export class GetFailedCheckStatsHandler implements IQueryHandler<GetFailedCheckStatsQuery> {
  constructor(
    private readonly reader: RedemptionStatsReader,
    private readonly queries: QueryBus,
    private readonly config: AppConfig,
  ) {}

  async execute({ input }: GetFailedCheckStatsQuery) {
    const range = statsRangeOf(input, this.config);
    const isTest = input.isTest ?? false;
    const failures = REDEMPTION_RESULTS.filter((r) => r !== 'success');
    const [counts, recent] = await Promise.all([
      this.reader.failedChecks(range, isTest),
      this.queries.execute(
        new ListRedemptionsQuery({ results: failures, isTest, from: range.start, to: range.end }, 1, 10),
      ),
    ]);
    return { range: shownRange(range), ...counts, recent: recent.items };
  }
}
