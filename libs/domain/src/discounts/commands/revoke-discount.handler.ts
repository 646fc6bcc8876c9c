import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { UnitOfWork } from '@dvorik/persistence';
import { DiscountViewsFactory } from '../discount-views.factory';
import { DiscountsRepository } from '../discounts.repository';
import { DiscountError } from '../discounts.errors';
import { discountFacts, DiscountRevokedEvent } from '../events/discount.events';
import { RevokeDiscountCommand } from './revoke-discount.command';

@CommandHandler(RevokeDiscountCommand)
export class RevokeDiscountHandler implements ICommandHandler<RevokeDiscountCommand> {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly discounts: DiscountsRepository,
    private readonly views: DiscountViewsFactory,
  ) {}

  async execute({ actor, discountId, reason }: RevokeDiscountCommand) {
    return this.uow.run(async () => {
      const now = new Date();
      const staffId = actor.type === 'staff' ? actor.staffId : null;
      // Conditional: a code redeemed a moment ago stays redeemed; the loser is told why.
      const revoked = await this.discounts.revoke(discountId, now, staffId);
      const row = await this.discounts.findById(discountId);
      if (!row) throw DiscountError.notFound({ id: discountId });
      const view = await this.views.view(row);
      if (!revoked) throw DiscountError.notActive(discountId, view.status);
      await this.uow.record(
        new DiscountRevokedEvent(
          actor,
          { type: 'discount', id: discountId },
          { ...discountFacts(view), reason },
        ),
      );
      return view;
    });
  }
}
