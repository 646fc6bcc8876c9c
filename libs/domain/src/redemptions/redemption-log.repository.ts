import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@dvorik/persistence';
import { RedemptionCounter } from './redemption-counter';
import { RedemptionLogEntry } from './redemption-log.entity';

export type NewLogEntry = Omit<
  RedemptionLogEntry,
  | 'id'
  | 'clientNotNotified'
  | 'subscriptionUnverified'
  | 'rolledBackAt'
  | 'rolledBackBy'
  | 'rollbackReason'
  | 'createdAt'
> & { subscriptionUnverified?: boolean };

@Injectable()
export class RedemptionLogRepository {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly counter: RedemptionCounter,
  ) {}

  /** Input and message are cut to their columns: a log write must never fail a check. */
  async insert(entry: NewLogEntry, at: Date): Promise<number> {
    // A fixed statement: this runs for every code anyone checks (see discount-row.mapper.ts).
    const result: { insertId: number } = await this.uow.query(
      `INSERT INTO redemption_log (action, code_entered, discount_id, client_id, cashier_id, staff_id, store, channel,
         result, message, purchase_amount, client_not_notified, subscription_unverified, is_test, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?)`,
      [
        entry.action,
        entry.codeEntered.slice(0, 32),
        entry.discountId,
        entry.clientId,
        entry.cashierId,
        entry.staffId,
        entry.store,
        entry.channel,
        entry.result,
        entry.message.slice(0, 512),
        entry.purchaseAmount,
        entry.subscriptionUnverified ? 1 : 0,
        entry.isTest ? 1 : 0,
        at,
      ],
    );
    this.counter.count(entry.action, entry.result);
    return Number(result.insertId);
  }

  findById(id: number, lock = false): Promise<RedemptionLogEntry | null> {
    const qb = this.uow.manager.createQueryBuilder(RedemptionLogEntry, 'r').where('r.id = :id', { id });
    if (lock) qb.setLock('pessimistic_write');
    return qb.getOne();
  }

  async markRolledBack(id: number, at: Date, staffId: number | null, reason: string): Promise<boolean> {
    const result: { affectedRows: number } = await this.uow.query(
      `UPDATE redemption_log SET rolled_back_at = ?, rolled_back_by = ?, rollback_reason = ?
       WHERE id = ? AND action = 'redeem' AND result = 'success' AND rolled_back_at IS NULL`,
      [at, staffId, reason.slice(0, 512), id],
    );
    return result.affectedRows === 1;
  }

  async markClientNotNotified(id: number): Promise<boolean> {
    const result: { affectedRows: number } = await this.uow.query(
      'UPDATE redemption_log SET client_not_notified = 1 WHERE id = ?',
      [id],
    );
    return result.affectedRows === 1;
  }
}
