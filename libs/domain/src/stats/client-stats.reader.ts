import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@dvorik/persistence';
import { type ResolvedRange, shopDayOfHour } from './rules/stats-range.rule';

type Row = Record<string, string | number | null>;

/** Client KPIs over the (is_test, …) indexes: index-only counts at 1M clients. */
@Injectable()
export class ClientStatsReader {
  constructor(private readonly uow: UnitOfWork) {}

  async totals(isTest: boolean) {
    const m = this.uow.manager;
    const [[total], [subscribed]] = await Promise.all([
      m.query<Row[]>('SELECT COUNT(*) AS n FROM clients WHERE is_test = ?', [isTest]),
      m.query<Row[]>('SELECT COUNT(*) AS n FROM clients WHERE is_test = ? AND subscribed = 1', [isTest]),
    ]);
    return { total: Number(total.n), subscribed: Number(subscribed.n) };
  }

  async newClients(start: Date, end: Date, isTest: boolean): Promise<number> {
    const [row] = await this.uow.manager.query<Row[]>(
      'SELECT COUNT(*) AS n FROM clients WHERE is_test = ? AND created_at >= ? AND created_at < ?',
      [isTest, start, end],
    );
    return Number(row.n);
  }

  async newPerDay(range: ResolvedRange, isTest: boolean): Promise<Map<string, number>> {
    const rows = await this.uow.manager.query<Row[]>(
      `SELECT DATE_FORMAT(created_at, '%Y-%m-%d %H:00:00') AS h, COUNT(*) AS n FROM clients
       WHERE is_test = ? AND created_at >= ? AND created_at < ? GROUP BY h`,
      [isTest, range.start, range.end],
    );
    const days = new Map<string, number>();
    for (const r of rows) {
      const day = shopDayOfHour(String(r.h), range.timeZone);
      days.set(day, (days.get(day) ?? 0) + Number(r.n));
    }
    return days;
  }
}
