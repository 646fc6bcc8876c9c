import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@dvorik/persistence';
import { type ResolvedRange, shopDayOfHour } from './rules/stats-range.rule';

/** A redemption, the shop's one number: a successful redeem that was not rolled back. */
const REDEEMED = "r.action = 'redeem' AND r.result = 'success' AND r.rolled_back_at IS NULL";
type Row = Record<string, string | number | null>;

/** Redemption KPIs over ix_redemption_kpi (is_test, action, result, created_at): range scans only. */
@Injectable()
export class RedemptionStatsReader {
  constructor(private readonly uow: UnitOfWork) {}

  async count(start: Date, end: Date, isTest: boolean): Promise<number> {
    const [row] = await this.uow.query<Row[]>(
      `SELECT COUNT(*) AS n FROM redemption_log r WHERE r.is_test = ? AND ${REDEEMED} AND r.created_at >= ? AND r.created_at < ?`,
      [isTest, start, end],
    );
    return Number(row.n);
  }

  /** Per shop-local day, bucketed by UTC hour in SQL and by day here (time zones with DST stay exact). */
  async perDay(range: ResolvedRange, isTest: boolean): Promise<Map<string, number>> {
    const rows = await this.uow.query<Row[]>(
      `SELECT DATE_FORMAT(r.created_at, '%Y-%m-%d %H:00:00') AS h, COUNT(*) AS n FROM redemption_log r
       WHERE r.is_test = ? AND ${REDEEMED} AND r.created_at >= ? AND r.created_at < ? GROUP BY h`,
      [isTest, range.start, range.end],
    );
    const days = new Map<string, number>();
    for (const r of rows) {
      const day = shopDayOfHour(String(r.h), range.timeZone);
      days.set(day, (days.get(day) ?? 0) + Number(r.n));
    }
    return days;
  }

  async byCashier(range: ResolvedRange, isTest: boolean) {
    const rows = await this.uow.query<Row[]>(
      `SELECT r.cashier_id, MAX(k.name) AS name, MAX(k.store) AS store, COUNT(*) AS n FROM redemption_log r
       LEFT JOIN cashiers k ON k.id = r.cashier_id
       WHERE r.is_test = ? AND ${REDEEMED} AND r.created_at >= ? AND r.created_at < ?
       GROUP BY r.cashier_id ORDER BY n DESC LIMIT 100`,
      [isTest, range.start, range.end],
    );
    // A till (X-API-Key) or the panel redeems without a cashier: one row of its own.
    return rows.map((r) => ({
      cashierId: r.cashier_id === null ? null : Number(r.cashier_id),
      cashierName: r.name === null ? null : String(r.name),
      store: r.store === null ? null : String(r.store),
      redemptions: Number(r.n),
    }));
  }

  async byStore(range: ResolvedRange, isTest: boolean) {
    const rows = await this.uow.query<Row[]>(
      `SELECT r.store, COUNT(*) AS n FROM redemption_log r
       WHERE r.is_test = ? AND ${REDEEMED} AND r.created_at >= ? AND r.created_at < ?
       GROUP BY r.store ORDER BY n DESC LIMIT 100`,
      [isTest, range.start, range.end],
    );
    return rows.map((r) => ({ store: r.store === null ? null : String(r.store), redemptions: Number(r.n) }));
  }

  /** Codes issued in the range per template, and how many of those were redeemed: the conversion. */
  async rateByTemplate(range: ResolvedRange, isTest: boolean) {
    const rows = await this.uow.query<Row[]>(
      `SELECT d.template_id, MAX(t.name) AS name, COUNT(*) AS issued, SUM(d.redemption_count > 0) AS redeemed
       FROM discounts d JOIN discount_templates t ON t.id = d.template_id
       WHERE d.is_test = ? AND d.issued_at >= ? AND d.issued_at < ? GROUP BY d.template_id ORDER BY issued DESC`,
      [isTest, range.start, range.end],
    );
    return rows.map((r) => {
      const issued = Number(r.issued);
      const redeemed = Number(r.redeemed ?? 0);
      return {
        templateId: Number(r.template_id),
        templateName: String(r.name),
        issued,
        redeemed,
        rate: issued ? redeemed / issued : 0,
      };
    });
  }

  async failedChecks(range: ResolvedRange, isTest: boolean) {
    const rows = await this.uow.query<Row[]>(
      `SELECT r.result, COUNT(*) AS n FROM redemption_log r
       WHERE r.result <> 'success' AND r.created_at >= ? AND r.created_at < ? AND r.is_test = ? GROUP BY r.result`,
      [range.start, range.end, isTest],
    );
    const byResult = rows.map((r) => ({ result: String(r.result), count: Number(r.n) }));
    return { total: byResult.reduce((sum, r) => sum + r.count, 0), byResult };
  }

  async activeCodes(now: Date, isTest: boolean): Promise<number> {
    const [row] = await this.uow.query<Row[]>(
      "SELECT COUNT(*) AS n FROM discounts WHERE is_test = ? AND status = 'active' AND (expires_at IS NULL OR expires_at > ?)",
      [isTest, now],
    );
    return Number(row.n);
  }
}
