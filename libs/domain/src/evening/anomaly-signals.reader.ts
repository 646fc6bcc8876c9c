import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@dvorik/persistence';
import { DateTime } from 'luxon';
import { REDEEMED } from './digest-figures.reader';

type Row = Record<string, string | number | null>;
const n = (value: string | number | null | undefined) => Number(value ?? 0);

/** The raw figures the anomaly rules judge; production data only. */
@Injectable()
export class AnomalySignalsReader {
  constructor(private readonly uow: UnitOfWork) {}

  /** Cashiers with at least `min` redemptions in [start, end). */
  async busyCashiers(start: Date, end: Date, min: number) {
    const rows = await this.uow.query<Row[]>(
      `SELECT r.cashier_id, COUNT(*) AS n, MAX(k.name) AS name, MAX(k.store) AS store
       FROM redemption_log r LEFT JOIN cashiers k ON k.id = r.cashier_id
       WHERE ${REDEEMED} AND r.cashier_id IS NOT NULL AND r.created_at >= ? AND r.created_at < ?
       GROUP BY r.cashier_id HAVING n >= ?`,
      [start, end, min],
    );
    return rows.map((r) => ({
      cashierId: n(r.cashier_id),
      today: n(r.n),
      name: r.name === null ? `#${String(r.cashier_id)}` : String(r.name),
      store: r.store === null ? null : String(r.store),
    }));
  }

  /**
   * One cashier's redemptions per shop day in [start, end): counted per UTC hour in SQL and put
   * into shop days here, so a zone with summer time still splits days at local midnight.
   */
  async cashierDailyCounts(cashierId: number, start: Date, end: Date, timeZone: string) {
    const rows = await this.uow.query<Row[]>(
      `SELECT DATE_FORMAT(r.created_at, '%Y-%m-%d %H:00:00') AS h, COUNT(*) AS n FROM redemption_log r
       WHERE ${REDEEMED} AND r.cashier_id = ? AND r.created_at >= ? AND r.created_at < ? GROUP BY h`,
      [cashierId, start, end],
    );
    const days = new Map<string, number>();
    for (const r of rows) {
      const day = DateTime.fromSQL(String(r.h), { zone: 'utc' }).setZone(timeZone).toISODate()!;
      days.set(day, (days.get(day) ?? 0) + n(r.n));
    }
    return days;
  }

  async notFoundChecks(start: Date, end: Date): Promise<number> {
    const [row] = await this.uow.query<Row[]>(
      `SELECT COUNT(*) AS n FROM redemption_log
       WHERE is_test = 0 AND result = 'not_found' AND created_at >= ? AND created_at < ?`,
      [start, end],
    );
    return n(row.n);
  }

  /** Campaigns created at or before `createdBefore`: the ones old enough to be judged. */
  async campaignsCreatedBefore(createdBefore: Date) {
    const rows = await this.uow.query<Row[]>(
      'SELECT id, name FROM campaigns WHERE created_at <= ? ORDER BY id',
      [createdBefore],
    );
    return rows.map((r) => ({ campaignId: n(r.id), name: String(r.name) }));
  }

  /** Campaigns whose clients redeemed in [start, end): one pass over the window's redemptions. */
  async campaignsWithRedemptions(start: Date, end: Date): Promise<Set<number>> {
    const rows = await this.uow.query<Row[]>(
      `SELECT DISTINCT c.campaign_id FROM redemption_log r JOIN clients c ON c.id = r.client_id
       WHERE ${REDEEMED} AND r.created_at >= ? AND r.created_at < ? AND c.campaign_id IS NOT NULL`,
      [start, end],
    );
    return new Set(rows.map((r) => n(r.campaign_id)));
  }

  /**
   * A campaign's (production) registrations, counted no further than `cap` when given: "at
   * least 20" reads 20 index entries, not a popular campaign's hundred thousand.
   */
  async registrations(campaignId: number, cap?: number): Promise<number> {
    const [row] = await this.uow.query<Row[]>(
      `SELECT COUNT(*) AS n FROM (SELECT 1 FROM clients WHERE is_test = 0 AND campaign_id = ?${cap === undefined ? '' : ' LIMIT ?'}) x`,
      cap === undefined ? [campaignId] : [campaignId, cap],
    );
    return n(row.n);
  }

  /** `cause:subject:day` of the alerts claimed since `day` (shop date), to skip them early. */
  async claimedSince(day: string): Promise<Set<string>> {
    const rows = await this.uow.query<Row[]>(
      "SELECT cause, subject, DATE_FORMAT(day, '%Y-%m-%d') AS day FROM anomaly_alerts WHERE day >= ?",
      [day],
    );
    return new Set(rows.map((r) => `${String(r.cause)}:${String(r.subject)}:${String(r.day)}`));
  }

  /** Broadcasts that finished since `since` (sent, or failed part-way), with their audience and blocks. */
  async finishedBroadcasts(since: Date) {
    const rows = await this.uow.query<Row[]>(
      `SELECT id, title, total, blocked_count, finished_at FROM broadcasts
       WHERE status IN ('sent', 'failed') AND finished_at >= ?`,
      [since],
    );
    return rows.map((r) => ({
      broadcastId: n(r.id),
      title: String(r.title),
      recipients: n(r.total),
      blocked: n(r.blocked_count),
      finishedAt: new Date(r.finished_at as unknown as string),
    }));
  }
}
