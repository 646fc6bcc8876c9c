import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { AppConfig } from '@dvorik/config';
import { UnitOfWork } from '@dvorik/persistence';
import { ClientStatsReader } from '../client-stats.reader';
import { resolveRange } from '../rules/stats-range.rule';
import { GetKpisQuery } from './get-kpis.query';

type Row = Record<string, string | number | null>;
const n = (value: string | number | null | undefined) => Number(value ?? 0);

@QueryHandler(GetKpisQuery)
export class GetKpisHandler implements IQueryHandler<GetKpisQuery> {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly config: AppConfig,
    private readonly clients: ClientStatsReader,
  ) {}

  async execute({ input }: GetKpisQuery) {
    const isTest = input.isTest ?? false;
    const range = resolveRange(input, new Date(), this.config.timeZone);
    const m = this.uow.manager;
    const [clients, broadcasts, [codes]] = await Promise.all([
      this.clients.breakdown(isTest),
      // Test sends never make a broadcast `sent`; broadcasts themselves are production data.
      m.query<Row[]>(
        `SELECT COUNT(*) AS n, COALESCE(SUM(sent_count), 0) AS delivered FROM broadcasts
         WHERE status = 'sent' AND finished_at >= ? AND finished_at < ?`,
        [range.start, range.end],
      ),
      m.query<Row[]>(
        `SELECT COUNT(*) AS issued, COALESCE(SUM(redemption_count > 0), 0) AS redeemed FROM discounts
         WHERE is_test = ? AND issued_at >= ? AND issued_at < ?`,
        [isTest, range.start, range.end],
      ),
    ]);
    const issued = n(codes.issued);
    const redeemed = n(codes.redeemed);
    return {
      range: { from: range.from, to: range.to, timeZone: range.timeZone },
      clients: clients.byStatus,
      broadcasts: { sent: n(broadcasts[0]?.n), delivered: n(broadcasts[0]?.delivered) },
      redemptionRate: {
        issued,
        redeemed,
        rate: issued === 0 ? 0 : Math.round((redeemed / issued) * 1000) / 1000,
      },
    };
  }
}
