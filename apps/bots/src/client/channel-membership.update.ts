import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { CheckSubscriptionCommand, GetClientByTelegramIdQuery } from '@dvorik/domain';
import { Ctx, On, Update } from 'nestjs-telegraf';
import type { BotContext } from '../runtime/bot-context';

/**
 * `chat_member` updates of the shop's channel (the bot is its admin): a join marks the client
 * subscribed and issues the code — the worker sends it, unprompted (the actor is the
 * system); a leave marks them unsubscribed. Both the bot and its test twin may administer the
 * channel: each acts only for its own clients, so nobody is handled twice.
 */
@Update()
export class ChannelMembershipUpdate {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @On('chat_member')
  async changed(@Ctx() ctx: BotContext): Promise<void> {
    const update = ctx.chatMember;
    if (!update) return;
    const member = update.new_chat_member;
    if (member.user.is_bot) return;
    const client = await this.queries.execute(new GetClientByTelegramIdQuery(member.user.id));
    if (!client || client.isTest !== ctx.state.bot.isTest) return;
    await this.commands.execute(
      new CheckSubscriptionCommand({
        clientId: client.id,
        observed: {
          chatId: update.chat.id,
          chatUsername: 'username' in update.chat ? (update.chat.username ?? null) : null,
          status: member.status,
          isMember: 'is_member' in member ? member.is_member : undefined,
        },
      }),
    );
  }
}
