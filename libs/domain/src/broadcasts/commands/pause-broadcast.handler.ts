import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { BroadcastStatusChange } from './broadcast-status-change';
import { PauseBroadcastCommand } from './pause-broadcast.command';

@CommandHandler(PauseBroadcastCommand)
export class PauseBroadcastHandler
  extends BroadcastStatusChange
  implements ICommandHandler<PauseBroadcastCommand>
{
  execute({ actor, id }: PauseBroadcastCommand) {
    return this.change(actor, id, 'pause', 'paused');
  }
}
