import { Ctx, Hears, Help, Update } from 'nestjs-telegraf';
import type { BotContext } from '../runtime/bot-context';
import { BotReplier } from '../runtime/bot-replier';
import { template } from '../runtime/bot-text';
import { ClientIdentity } from './client-identity';
import { clientMenu, MENU, menuButton } from './client-menu';

/** «Помощь» / `/help`: the `help` template (what the bot does, how to get a discount, how to reach the shop). */
@Update()
export class HelpUpdate {
  constructor(
    private readonly identity: ClientIdentity,
    private readonly replier: BotReplier,
  ) {}

  @Hears(menuButton(MENU.help))
  @Help()
  async help(@Ctx() ctx: BotContext): Promise<void> {
    const client = await this.identity.current(ctx);
    await this.replier.replyText(ctx, template('help'), { reply_markup: clientMenu(client.tags) });
  }
}
