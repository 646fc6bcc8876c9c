import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { UnitOfWork } from '@dvorik/persistence';
import {
  DiscountError,
  DiscountRedemptionService,
  DiscountViewsFactory,
  RedemptionRolledBackEvent,
} from '../../discounts';
import { RedemptionLogRepository } from '../redemption-log.repository';
import { RollbackRedemptionCommand } from './rollback-redemption.command';

@CommandHandler(RollbackRedemptionCommand)
export class RollbackRedemptionHandler implements ICommandHandler<RollbackRedemptionCommand> {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly log: RedemptionLogRepository,
    private readonly discounts: DiscountRedemptionService,
    private readonly views: DiscountViewsFactory,
  ) {}

  async execute({ actor, logId, reason }: RollbackRedemptionCommand) {
    const why = reason.trim();
    if (why === '') throw DiscountError.rollbackReasonRequired();
    return this.uow.run(async () => {
      const entry = await this.log.findById(logId, true);
      if (!entry) throw DiscountError.redemptionNotFound(logId);
      if (entry.action !== 'redeem' || entry.result !== 'success' || entry.discountId === null)
        throw DiscountError.rollbackNotApplicable(logId, 'Only a successful redemption can be rolled back');
      const now = new Date();
      const staffId = actor.type === 'staff' ? actor.staffId : null;
      if (!(await this.log.markRolledBack(logId, now, staffId, why)))
        throw DiscountError.rollbackNotApplicable(logId, 'This redemption was already rolled back');
      await this.discounts.undoRedemption(entry.discountId, now);
      const discount = await this.views.view((await this.discounts.findById(entry.discountId))!);
      await this.uow.record(
        new RedemptionRolledBackEvent(
          actor,
          { type: 'redemption', id: logId },
          {
            logId,
            discountId: discount.id,
            code: discount.code,
            reason: why,
            discountStatus: discount.status,
          },
        ),
      );
      return { logId, discount };
    });
  }
}
