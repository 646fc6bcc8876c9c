import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CashierDecisionHandler } from './cashier-decision-handler';
import { UnblockCashierCommand } from './unblock-cashier.command';

@CommandHandler(UnblockCashierCommand)
export class UnblockCashierHandler
  extends CashierDecisionHandler
  implements ICommandHandler<UnblockCashierCommand>
{
  protected readonly decision = 'unblock';
}
