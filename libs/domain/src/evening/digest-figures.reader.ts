import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@dvorik/persistence';
import type { DigestFigures, DigestRow } from './digest-figures';

/** A redemption, the shop's one number: a successful redeem not rolled back (as on the dashboard). */
export const REDEEMED =
  "r.is_test = 0 AND r.action = 'redeem' AND r.result = 'success' AND r.rolled_back_at IS NULL";

type Row = Record<string, string | number | null>;
const n = (value: string | number | null | undefined) => Number(value ?? 0);

export interface DigestWindow {
  date: string;
  start: Date;
  until: Date;
  lastWeekStart: Date;
  lastWeekUntil: Date;
}

/**
 * The digest's figures over production data (test records and test sends excluded), each from
 * the indexes the dashboard already uses: a day is a range scan on created_at.
 */
@Injectable()
export class DigestFiguresReader {
  constructor(private readonly uow: UnitOfWork) {}

  async figures(w: DigestWindow): Promise<DigestFigures> {
    const [today, lastWeek, stores, cashiers, clients, best, broadcasts, failed] = await Promise.all([
      this.redemptions(w.start, w.until),
      this.redemptions(w.lastWeekStart, w.lastWeekUntil),
      this.byStore(w),
      this.byCashier(w),
      this.clients(w.start, w.until),
      this.bestCampaign(w.start, w.until),
      this.broadcasts(w.start, w.until),
      this.failedChecks(w.start, w.until),
    ]);
    return {
      date: w.date,
      until: w.until.toISOString(),
      redemptions: { today, lastWeek },
      byStore: stores,
      byCashier: cashiers,
      ...clients,
      bestCampaign: best,
      broadcasts,
      failedChecks: failed,
    };
  }

  private async redemptions(start: Date, end: Date): Promise<number> {
    const [row] = await this.uow.query<Row[]>(
      `SELECT COUNT(*) AS n FROM redemption_log r WHERE ${REDEEMED} AND r.created_at >= ? AND r.created_at < ?`,
      [start, end],
    );
    return n(row.n);
  }

  /** Today and last week side by side; a store or cashier seen on either day gets a row. */
  private async byStore(w: DigestWindow): Promise<DigestRow[]> {
    const rows = await this.uow.query<Row[]>(
      `SELECT r.store, SUM(r.created_at >= ?) AS today, SUM(r.created_at < ?) AS last_week FROM redemption_log r
       WHERE ${REDEEMED} AND ((r.created_at >= ? AND r.created_at < ?) OR (r.created_at >= ? AND r.created_at < ?))
       GROUP BY r.store`,
      [w.start, w.start, w.start, w.until, w.lastWeekStart, w.lastWeekUntil],
    );
    return rows.map((r) => ({
      label: r.store === null ? null : String(r.store),
      today: n(r.today),
      lastWeek: n(r.last_week),
    }));
  }

  private async byCashier(w: DigestWindow): Promise<DigestRow[]> {
    const rows = await this.uow.query<Row[]>(
      `SELECT r.cashier_id, MAX(k.name) AS name, MAX(k.store) AS store,
              SUM(r.created_at >= ?) AS today, SUM(r.created_at < ?) AS last_week
       FROM redemption_log r LEFT JOIN cashiers k ON k.id = r.cashier_id
       WHERE ${REDEEMED} AND ((r.created_at >= ? AND r.created_at < ?) OR (r.created_at >= ? AND r.created_at < ?))
       GROUP BY r.cashier_id`,
      [w.start, w.start, w.start, w.until, w.lastWeekStart, w.lastWeekUntil],
    );
    // A till (X-API-Key) or the panel redeems without a cashier: one row of its own, no label.
    return rows.map((r) => ({
      label:
        r.cashier_id === null
          ? null
          : `${r.name === null ? `#${String(r.cashier_id)}` : String(r.name)}${r.store === null ? '' : ` (${String(r.store)})`}`,
      today: n(r.today),
      lastWeek: n(r.last_week),
    }));
  }

  /** New subscriptions: subscription codes issued that day (issued once per client, on the confirmed subscription). */
  private async clients(start: Date, end: Date) {
    const [[clients], [subscriptions]] = await Promise.all([
      this.uow.query<Row[]>(
        'SELECT COUNT(*) AS n FROM clients WHERE is_test = 0 AND created_at >= ? AND created_at < ?',
        [start, end],
      ),
      this.uow.query<Row[]>(
        `SELECT COUNT(*) AS n FROM discounts WHERE is_test = 0 AND issued_at >= ? AND issued_at < ?
         AND issue_origin = 'subscription'`,
        [start, end],
      ),
    ]);
    return { newClients: n(clients.n), newSubscriptions: n(subscriptions.n) };
  }

  /** Most redemptions by the campaign's clients that day, then most registrations; none if both are 0. */
  private async bestCampaign(start: Date, end: Date): Promise<DigestFigures['bestCampaign']> {
    const rows = await this.uow.query<Row[]>(
      `SELECT x.id, MAX(x.name) AS name, SUM(x.redemptions) AS redemptions, SUM(x.registrations) AS registrations FROM (
         SELECT c.campaign_id AS id, NULL AS name, COUNT(*) AS redemptions, 0 AS registrations
         FROM redemption_log r JOIN clients c ON c.id = r.client_id
         WHERE ${REDEEMED} AND r.created_at >= ? AND r.created_at < ? AND c.campaign_id IS NOT NULL
         GROUP BY c.campaign_id
         UNION ALL
         SELECT c.campaign_id, NULL, 0, COUNT(*) FROM clients c
         WHERE c.is_test = 0 AND c.campaign_id IS NOT NULL AND c.created_at >= ? AND c.created_at < ?
         GROUP BY c.campaign_id
       ) x GROUP BY x.id`,
      [start, end, start, end],
    );
    if (rows.length === 0) return null;
    const [top] = rows
      .map((r) => ({ id: n(r.id), redemptions: n(r.redemptions), registrations: n(r.registrations) }))
      .sort((a, b) => b.redemptions - a.redemptions || b.registrations - a.registrations || a.id - b.id);
    const [campaign] = await this.uow.query<Row[]>('SELECT name FROM campaigns WHERE id = ?', [top.id]);
    return { ...top, name: campaign ? String(campaign.name) : `#${top.id}` };
  }

  /** Broadcasts that finished sending that day (test sends never make a broadcast `sent`). */
  private async broadcasts(start: Date, end: Date) {
    const [row] = await this.uow.query<Row[]>(
      `SELECT COUNT(*) AS n, COALESCE(SUM(total), 0) AS recipients, COALESCE(SUM(sent_count), 0) AS delivered,
              COALESCE(SUM(blocked_count), 0) AS blocked
       FROM broadcasts WHERE status = 'sent' AND finished_at >= ? AND finished_at < ?`,
      [start, end],
    );
    return {
      sent: n(row.n),
      recipients: n(row.recipients),
      delivered: n(row.delivered),
      blocked: n(row.blocked),
    };
  }

  /** Every check or redeem that did not succeed, from any channel. */
  private async failedChecks(start: Date, end: Date) {
    const [row] = await this.uow.query<Row[]>(
      `SELECT COUNT(*) AS total, COALESCE(SUM(result = 'not_found'), 0) AS not_found FROM redemption_log
       WHERE is_test = 0 AND result <> 'success' AND created_at >= ? AND created_at < ?`,
      [start, end],
    );
    return { total: n(row.total), notFound: n(row.not_found) };
  }
}
