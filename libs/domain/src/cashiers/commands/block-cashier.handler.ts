import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CashierDecisionHandler } from './cashier-decision-handler';
import { BlockCashierCommand } from './block-cashier.command';

@CommandHandler(BlockCashierCommand)
export class BlockCashierHandler
  extends CashierDecisionHandler
  implements ICommandHandler<BlockCashierCommand>
{
  protected readonly decision = 'block';
}
