import { CommandBus, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { ChatDraftAuthor } from './chat-draft-author';
import { LaunchBroadcastCommand } from './launch-broadcast.command';
import { LaunchChatBroadcastCommand } from './launch-chat-broadcast.command';

@CommandHandler(LaunchChatBroadcastCommand)
export class LaunchChatBroadcastHandler implements ICommandHandler<LaunchChatBroadcastCommand> {
  constructor(
    private readonly author: ChatDraftAuthor,
    private readonly commands: CommandBus,
  ) {}

  async execute({ telegramId, draftId }: LaunchChatBroadcastCommand) {
    const actor = await this.author.check(telegramId, draftId);
    return this.commands.execute(new LaunchBroadcastCommand(actor, draftId));
  }
}
