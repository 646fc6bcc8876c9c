import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CashierDecisionHandler } from './cashier-decision-handler';
import { ApproveCashierCommand } from './approve-cashier.command';

@CommandHandler(ApproveCashierCommand)
export class ApproveCashierHandler
  extends CashierDecisionHandler
  implements ICommandHandler<ApproveCashierCommand>
{
  protected readonly decision = 'approve';
}
