import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@dvorik/persistence';
import { ClientTotalsReader } from '../clients';
import { type ResolvedRange, shopDayOfHour } from './rules/stats-range.rule';

type Row = Record<string, string | number | null>;

export interface ClientBreakdown {
  total: number;
  subscribed: number;
  byStatus: { active: number; blocked: number; banned: number };
}

/** Client KPIs: totals kept by the commands, the rest over (is_test, …) index ranges. */
@Injectable()
export class ClientStatsReader {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly totalsKept: ClientTotalsReader,
  ) {}

  /** client_totals: a few rows, where counting read a million index entries twice. */
  totals(isTest: boolean): Promise<{ total: number; subscribed: number }> {
    return this.totalsKept.read(isTest);
  }

  /**
   * Active is the total less the blocked and banned, which are small ranges of
   * ix_clients_f_status (people who blocked the bot or were banned, not the million).
   */
  async breakdown(isTest: boolean): Promise<ClientBreakdown> {
    const [totals, rows] = await Promise.all([
      this.totals(isTest),
      this.uow.query<Row[]>(
        `SELECT status, COUNT(*) AS n FROM clients WHERE is_test = ? AND status IN ('blocked', 'banned')
         GROUP BY status`,
        [isTest],
      ),
    ]);
    const of = (status: string) => Number(rows.find((r) => r.status === status)?.n ?? 0);
    const blocked = of('blocked');
    const banned = of('banned');
    return { ...totals, byStatus: { active: totals.total - blocked - banned, blocked, banned } };
  }

  async newClients(start: Date, end: Date, isTest: boolean): Promise<number> {
    const [row] = await this.uow.query<Row[]>(
      'SELECT COUNT(*) AS n FROM clients WHERE is_test = ? AND created_at >= ? AND created_at < ?',
      [isTest, start, end],
    );
    return Number(row.n);
  }

  async newPerDay(range: ResolvedRange, isTest: boolean): Promise<Map<string, number>> {
    const rows = await this.uow.query<Row[]>(
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
