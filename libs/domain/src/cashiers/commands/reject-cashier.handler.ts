import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CashierDecisionHandler } from './cashier-decision-handler';
import { RejectCashierCommand } from './reject-cashier.command';

@CommandHandler(RejectCashierCommand)
export class RejectCashierHandler
  extends CashierDecisionHandler
  implements ICommandHandler<RejectCashierCommand>
{
  protected readonly decision = 'reject';
}
