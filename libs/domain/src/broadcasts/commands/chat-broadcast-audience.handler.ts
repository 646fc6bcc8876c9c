import { CommandBus, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { ChatDraftAuthor } from './chat-draft-author';
import { SetChatBroadcastAudienceCommand } from './chat-broadcast-audience.command';
import { UpdateBroadcastCommand } from './update-broadcast.command';

@CommandHandler(SetChatBroadcastAudienceCommand)
export class SetChatBroadcastAudienceHandler implements ICommandHandler<SetChatBroadcastAudienceCommand> {
  constructor(
    private readonly author: ChatDraftAuthor,
    private readonly commands: CommandBus,
  ) {}

  async execute({ telegramId, draftId, audience }: SetChatBroadcastAudienceCommand) {
    const actor = await this.author.check(telegramId, draftId);
    return this.commands.execute(new UpdateBroadcastCommand(actor, draftId, { audience }));
  }
}
