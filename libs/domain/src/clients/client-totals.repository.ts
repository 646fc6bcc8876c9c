import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@dvorik/persistence';

/** Rows per is_test the totals are spread over, so registrations do not queue on one row lock. */
export const CLIENT_TOTAL_SLOTS = 16;

/**
 * `client_totals`: how many clients there are, and how many are subscribed, per `is_test`, kept by
 * the writes that change either (registration, a subscription that flips, the demo shop's rows)
 * in their own transaction. The dashboard reads a few rows (`ClientTotalsReader`) instead of
 * counting a million index entries. Status is not kept here: blocked and banned are small index ranges.
 */
@Injectable()
export class ClientTotalsRepository {
  constructor(private readonly uow: UnitOfWork) {}

  /** Adds (`sign` 1) or takes away (−1, before a delete) the given clients as they are now. */
  async tally(clientIds: number[], sign: 1 | -1): Promise<void> {
    if (clientIds.length === 0) return;
    await this.uow.query(
      `INSERT INTO client_totals (is_test, slot, total, subscribed)
       SELECT is_test, id % ${CLIENT_TOTAL_SLOTS}, ? * COUNT(*), ? * SUM(subscribed) FROM clients WHERE id IN (?)
       GROUP BY is_test, id % ${CLIENT_TOTAL_SLOTS}
       ON DUPLICATE KEY UPDATE total = client_totals.total + VALUES(total),
         subscribed = client_totals.subscribed + VALUES(subscribed)`,
      [sign, sign, clientIds],
    );
  }

  /** A subscription that flipped (the caller's conditional UPDATE said so). */
  async subscriptionChanged(clientId: number, subscribed: boolean): Promise<void> {
    await this.uow.query(
      `INSERT INTO client_totals (is_test, slot, total, subscribed)
       SELECT is_test, id % ${CLIENT_TOTAL_SLOTS}, 0, ? FROM clients WHERE id = ?
       ON DUPLICATE KEY UPDATE subscribed = client_totals.subscribed + VALUES(subscribed)`,
      [subscribed ? 1 : -1, clientId],
    );
  }

  /** Counts everything again: for clients written by SQL outside the commands (the bench's million). */
  async recount(): Promise<void> {
    await this.uow.run(async () => {
      await this.uow.query('DELETE FROM client_totals');
      await this.uow.query(
        `INSERT INTO client_totals (is_test, slot, total, subscribed)
         SELECT is_test, id % ${CLIENT_TOTAL_SLOTS}, COUNT(*), SUM(subscribed) FROM clients
         GROUP BY is_test, id % ${CLIENT_TOTAL_SLOTS}`,
      );
    });
  }
}
