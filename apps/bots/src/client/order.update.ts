import { CommandBus } from '@nestjs/cqrs';
import { CreateVipOrderCommand } from '@dvorik/domain';
import { Command, Ctx, Hears, Update } from 'nestjs-telegraf';
import { replyOnDomainError } from '../errors/reply-on-domain-error';
import type { BotContext } from '../runtime/bot-context';
import { BotReplier } from '../runtime/bot-replier';
import { template } from '../runtime/bot-text';
import { ClientIdentity } from './client-identity';
import { MENU, menuButton } from './client-menu';

/** «Оформить заказ» / `/order` (VIP): a draft order; staff in the `orders` group are alerted by the worker. */
@Update()
export class OrderUpdate {
  constructor(
    private readonly commands: CommandBus,
    private readonly identity: ClientIdentity,
    private readonly replier: BotReplier,
  ) {}

  @Hears(menuButton(MENU.order))
  @Command('order')
  async order(@Ctx() ctx: BotContext): Promise<void> {
    const client = await this.identity.current(ctx);
    await replyOnDomainError(ctx, this.replier, async () => {
      const order = await this.commands.execute(new CreateVipOrderCommand(client.id));
      await this.replier.replyText(ctx, template('order_created', { order_id: String(order.id) }));
    });
  }
}
