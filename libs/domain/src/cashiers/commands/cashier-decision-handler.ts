import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@dvorik/persistence';
import type { Cashier } from '../cashier.entity';
import { CashierLockService } from '../cashier-lock.service';
import { CashiersRepository } from '../cashiers.repository';
import { CashierError } from '../cashiers.errors';
import { CashierStatusChangedEvent } from '../events/cashier.events';
import { type CashierDecision, decideCashierStatus } from '../rules/cashier-status.rule';
import type { CashierDecisionCommand } from './cashier-decision';

/** One transition table (rules/cashier-status.rule.ts) behind the owner's buttons. */
@Injectable()
export abstract class CashierDecisionHandler {
  protected abstract readonly decision: CashierDecision;

  constructor(
    private readonly uow: UnitOfWork,
    private readonly cashiers: CashiersRepository,
    private readonly locks: CashierLockService,
  ) {}

  async execute({ actor, cashierId }: CashierDecisionCommand): Promise<Cashier> {
    const cashier = await this.uow.run(async () => {
      const cashier = await this.cashiers.findById(cashierId, true);
      if (!cashier) throw CashierError.notFound({ id: cashierId });
      const outcome = decideCashierStatus(cashier.status, this.decision);
      if (outcome.kind === 'same') return cashier;
      if (outcome.kind === 'refused') throw CashierError.invalidTransition(cashier.status, this.decision);
      const now = new Date();
      const approval =
        outcome.to === 'active'
          ? { approvedBy: actor.type === 'staff' ? actor.staffId : null, approvedAt: now }
          : {};
      const updated: Cashier = { ...cashier, ...approval, status: outcome.to, updatedAt: now };
      await this.cashiers.update(cashierId, { ...approval, status: outcome.to, updatedAt: now });
      const { telegramId, name, store, isTest } = cashier;
      await this.uow.record(
        new CashierStatusChangedEvent(
          actor,
          { type: 'cashier', id: cashierId },
          {
            telegramId,
            name,
            store,
            isTest,
            from: cashier.status,
            to: outcome.to,
          },
        ),
      );
      return updated;
    });
    if (this.decision === 'approve' || this.decision === 'unblock') await this.locks.clear(cashierId);
    return cashier;
  }
}
