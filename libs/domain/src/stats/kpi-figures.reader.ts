import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@dvorik/persistence';

type Row = Record<string, string | number | null>;
const n = (value: string | number | null | undefined) => Number(value ?? 0);

/**
 * The dashboard's KPI figures over broadcasts and codes: the read model stats declares over the
 * broadcasts' and discounts' tables (aggregates only, no rows).
 */
@Injectable()
export class KpiFiguresReader {
  constructor(private readonly uow: UnitOfWork) {}

  /** Broadcasts finished as `sent` in the range, and the messages they delivered. */
  async broadcastsSent(start: Date, end: Date): Promise<{ sent: number; delivered: number }> {
    // Test sends never make a broadcast `sent`; broadcasts themselves are production data.
    const [row] = await this.uow.query<Row[]>(
      `SELECT COUNT(*) AS n, COALESCE(SUM(sent_count), 0) AS delivered FROM broadcasts
       WHERE status = 'sent' AND finished_at >= ? AND finished_at < ?`,
      [start, end],
    );
    return { sent: n(row?.n), delivered: n(row?.delivered) };
  }

  /** Codes issued in the range, and how many of them were redeemed at least once. */
  async codes(start: Date, end: Date, isTest: boolean): Promise<{ issued: number; redeemed: number }> {
    const [row] = await this.uow.query<Row[]>(
      `SELECT COUNT(*) AS issued, COALESCE(SUM(redemption_count > 0), 0) AS redeemed FROM discounts
       WHERE is_test = ? AND issued_at >= ? AND issued_at < ?`,
      [isTest, start, end],
    );
    return { issued: n(row?.issued), redeemed: n(row?.redeemed) };
  }
}
