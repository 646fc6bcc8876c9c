import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { BroadcastStatusChange } from './broadcast-status-change';
import { CancelBroadcastCommand } from './cancel-broadcast.command';

@CommandHandler(CancelBroadcastCommand)
export class CancelBroadcastHandler
  extends BroadcastStatusChange
  implements ICommandHandler<CancelBroadcastCommand>
{
  execute({ actor, id }: CancelBroadcastCommand) {
    return this.change(actor, id, 'cancel', 'cancelled');
  }
}
