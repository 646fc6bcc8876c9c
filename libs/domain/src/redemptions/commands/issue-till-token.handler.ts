import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { AppConfig } from '@dvorik/config';
import {
  checkRedeemable,
  DiscountError,
  DiscountRedemptionService,
  DiscountViewsFactory,
} from '../../discounts';
import { refusalError } from '../refusal';
import { signTillToken } from '../rules/till-token.rule';
import { IssueTillTokenCommand, type TillToken } from './issue-till-token.command';

@CommandHandler(IssueTillTokenCommand)
export class IssueTillTokenHandler implements ICommandHandler<IssueTillTokenCommand> {
  constructor(
    private readonly discounts: DiscountRedemptionService,
    private readonly views: DiscountViewsFactory,
    private readonly config: AppConfig,
  ) {}

  async execute({ clientId, discountId }: IssueTillTokenCommand): Promise<TillToken> {
    const now = new Date();
    const row = await this.discounts.findById(discountId);
    // Someone else's code is as unknown to this client as a code that does not exist.
    if (!row || row.discount.clientId !== clientId) throw DiscountError.notFound({ id: discountId });
    const view = await this.views.view(row);
    const reason = checkRedeemable(row.discount, now);
    if (reason !== 'ok') throw refusalError(reason, view);
    const { token, expiresAt } = signTillToken(this.config.tillQrSecret, discountId, now);
    return { token, expiresAt, discount: view };
  }
}
