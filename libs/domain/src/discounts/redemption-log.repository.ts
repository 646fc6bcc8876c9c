import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@dvorik/persistence';
import { RedemptionLogEntry } from './redemption-log.entity';

export type NewLogEntry = Omit<
  RedemptionLogEntry,
  'id' | 'clientNotNotified' | 'rolledBackAt' | 'rolledBackBy' | 'rollbackReason' | 'createdAt'
>;

@Injectable()
export class RedemptionLogRepository {
  constructor(private readonly uow: UnitOfWork) {}

  /** Input and message are cut to their columns: a log write must never fail a check. */
  async insert(entry: NewLogEntry, at: Date): Promise<number> {
    const result = await this.uow.manager.insert(RedemptionLogEntry, {
      ...entry,
      codeEntered: entry.codeEntered.slice(0, 32),
      message: entry.message.slice(0, 512),
      clientNotNotified: false,
      rolledBackAt: null,
      rolledBackBy: null,
      rollbackReason: null,
      createdAt: at,
    });
    return Number(result.identifiers[0].id);
  }

  findById(id: number, lock = false): Promise<RedemptionLogEntry | null> {
    const qb = this.uow.manager.createQueryBuilder(RedemptionLogEntry, 'r').where('r.id = :id', { id });
    if (lock) qb.setLock('pessimistic_write');
    return qb.getOne();
  }

  async markRolledBack(id: number, at: Date, staffId: number | null, reason: string): Promise<boolean> {
    const result: { affectedRows: number } = await this.uow.manager.query(
      `UPDATE redemption_log SET rolled_back_at = ?, rolled_back_by = ?, rollback_reason = ?
       WHERE id = ? AND action = 'redeem' AND result = 'success' AND rolled_back_at IS NULL`,
      [at, staffId, reason.slice(0, 512), id],
    );
    return result.affectedRows === 1;
  }

  async markClientNotNotified(id: number): Promise<boolean> {
    const result: { affectedRows: number } = await this.uow.manager.query(
      'UPDATE redemption_log SET client_not_notified = 1 WHERE id = ?',
      [id],
    );
    return result.affectedRows === 1;
  }
}
