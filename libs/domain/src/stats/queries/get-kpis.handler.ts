import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { AppConfig } from '@dvorik/config';
import { ClientStatsReader } from '../client-stats.reader';
import { KpiFiguresReader } from '../kpi-figures.reader';
import { resolveRange } from '../rules/stats-range.rule';
import { GetKpisQuery } from './get-kpis.query';

@QueryHandler(GetKpisQuery)
export class GetKpisHandler implements IQueryHandler<GetKpisQuery> {
  constructor(
    private readonly figures: KpiFiguresReader,
    private readonly config: AppConfig,
    private readonly clients: ClientStatsReader,
  ) {}

  async execute({ input }: GetKpisQuery) {
    const isTest = input.isTest ?? false;
    const range = resolveRange(input, new Date(), this.config.timeZone);
    const [clients, broadcasts, { issued, redeemed }] = await Promise.all([
      this.clients.breakdown(isTest),
      this.figures.broadcastsSent(range.start, range.end),
      this.figures.codes(range.start, range.end, isTest),
    ]);
    return {
      range: { from: range.from, to: range.to, timeZone: range.timeZone },
      clients: clients.byStatus,
      broadcasts,
      redemptionRate: {
        issued,
        redeemed,
        rate: issued === 0 ? 0 : Math.round((redeemed / issued) * 1000) / 1000,
      },
    };
  }
}
