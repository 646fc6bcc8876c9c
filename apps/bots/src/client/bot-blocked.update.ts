import { CommandBus } from '@nestjs/cqrs';
import { MarkClientBlockedCommand } from '@dvorik/domain';
import { Ctx, On, Update } from 'nestjs-telegraf';
import type { BotContext } from '../runtime/bot-context';

/**
 * `my_chat_member` in a private chat: the client blocked the bot (status `kicked`) — noted at
 * once instead of at the next failed send. Unblocking needs nothing here: any update from them
 * refreshes the client, which lifts `blocked` (ClientIdentity's middleware).
 */
@Update()
export class BotBlockedUpdate {
  constructor(private readonly commands: CommandBus) {}

  @On('my_chat_member')
  async changed(@Ctx() ctx: BotContext): Promise<void> {
    const update = ctx.myChatMember;
    if (!update || update.chat.type !== 'private' || update.new_chat_member.status !== 'kicked') return;
    await this.commands.execute(new MarkClientBlockedCommand({ telegramId: update.from.id }));
  }
}
