import { CommandBus, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CancelChatBroadcastCommand } from './cancel-chat-broadcast.command';
import { ChatDraftAuthor } from './chat-draft-author';
import { DeleteBroadcastCommand } from './delete-broadcast.command';

@CommandHandler(CancelChatBroadcastCommand)
export class CancelChatBroadcastHandler implements ICommandHandler<CancelChatBroadcastCommand> {
  constructor(
    private readonly author: ChatDraftAuthor,
    private readonly commands: CommandBus,
  ) {}

  async execute({ telegramId, draftId }: CancelChatBroadcastCommand) {
    const actor = await this.author.check(telegramId, draftId);
    await this.commands.execute(new DeleteBroadcastCommand(actor, draftId));
  }
}
