import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { BroadcastStatusChange } from './broadcast-status-change';
import { ResumeBroadcastCommand } from './resume-broadcast.command';

@CommandHandler(ResumeBroadcastCommand)
export class ResumeBroadcastHandler
  extends BroadcastStatusChange
  implements ICommandHandler<ResumeBroadcastCommand>
{
  execute({ actor, id }: ResumeBroadcastCommand) {
    return this.change(actor, id, 'resume', 'sending');
  }
}
