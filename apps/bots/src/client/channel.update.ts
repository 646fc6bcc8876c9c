import { QueryBus } from '@nestjs/cqrs';
import { GetChannelQuery } from '@dvorik/domain';
import { Command, Ctx, Hears, Update } from 'nestjs-telegraf';
import type { BotContext } from '../runtime/bot-context';
import { BotReplier } from '../runtime/bot-replier';
import { template } from '../runtime/bot-text';
import { MENU, menuButton } from './client-menu';
import { CHANNEL_BUTTON } from './subscription.update';

/** «Перейти в канал» / `/channel`: a URL button to `channel_link` from settings. */
@Update()
export class ChannelUpdate {
  constructor(
    private readonly queries: QueryBus,
    private readonly replier: BotReplier,
  ) {}

  @Hears(menuButton(MENU.channel))
  @Command('channel')
  async open(@Ctx() ctx: BotContext): Promise<void> {
    const { link } = await this.queries.execute(new GetChannelQuery());
    if (!link) {
      await this.replier.replyText(ctx, template('channel_not_configured'));
      return;
    }
    await this.replier.replyText(ctx, template('channel_invite', { channel_link: link }), {
      reply_markup: { inline_keyboard: [[{ text: CHANNEL_BUTTON, url: link }]] },
    });
  }
}
