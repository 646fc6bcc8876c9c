import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@dvorik/persistence';

/** A cashier's failed checks since their last success, with their name and store. */
export interface FailedCheckStreak {
  cashierId: number;
  /** The streak's first failure: the streak's identity however long it grows. */
  firstId: string;
  failures: number;
  since: Date;
  name: string | null;
  store: string | null;
  isTest: boolean;
}

/**
 * Streaks of failed checks, read from the redemption log and the cashiers: the read model the
 * failed-checks watch declares over the tables of the discounts and cashiers capabilities.
 */
@Injectable()
export class FailedCheckStreaksReader {
  constructor(private readonly uow: UnitOfWork) {}

  /** Cashiers with a failed check at or after `since`. */
  async cashiersFailingSince(since: Date): Promise<number[]> {
    const rows = await this.uow.query<Array<{ cashier_id: number }>>(
      "SELECT DISTINCT cashier_id FROM redemption_log WHERE created_at >= ? AND result <> 'success' AND cashier_id IS NOT NULL",
      [since],
    );
    return rows.map((r) => Number(r.cashier_id));
  }

  /** The cashier's checks since their last success; null when there are none. */
  async current(cashierId: number): Promise<FailedCheckStreak | null> {
    const m = this.uow.manager;
    const [success] = await m.query<Array<{ id: string }>>(
      "SELECT id FROM redemption_log WHERE cashier_id = ? AND result = 'success' ORDER BY created_at DESC, id DESC LIMIT 1",
      [cashierId],
    );
    const [row] = await m.query<
      Array<{
        first_id: string | null;
        n: string;
        since: Date;
        name: string | null;
        store: string | null;
        is_test: number;
      }>
    >(
      `SELECT MIN(r.id) AS first_id, COUNT(*) AS n, MIN(r.created_at) AS since, MAX(k.name) AS name,
              MAX(k.store) AS store, MAX(k.is_test) AS is_test
       FROM redemption_log r LEFT JOIN cashiers k ON k.id = r.cashier_id
       WHERE r.cashier_id = ? AND r.id > ?`,
      [cashierId, success?.id ?? 0],
    );
    if (!row || row.first_id === null) return null;
    return {
      cashierId,
      firstId: String(row.first_id),
      failures: Number(row.n),
      since: new Date(row.since),
      name: row.name,
      store: row.store,
      isTest: Boolean(row.is_test),
    };
  }
}
