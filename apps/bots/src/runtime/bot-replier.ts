import { Injectable } from '@nestjs/common';
import { TelegramGateway } from '@dvorik/telegram';
import type { Convenience } from 'telegraf/types';
import type { BotContext } from './bot-context';

/** Handlers answer through the gateway, the system's single door to the Bot API. */
@Injectable()
export class BotReplier {
  constructor(private readonly gateway: TelegramGateway) {}

  async reply(ctx: BotContext, html: string, extra: Convenience.ExtraReplyMessage = {}) {
    const chatId = ctx.chat?.id;
    if (chatId === undefined) return;
    return this.gateway.call(ctx.state.bot.name, 'sendMessage', chatId, html, {
      parse_mode: 'HTML',
      link_preview_options: { is_disabled: true },
      ...extra,
    });
  }

  async answerCallback(ctx: BotContext, text?: string) {
    const id = ctx.callbackQuery?.id;
    if (id === undefined) return;
    return this.gateway.call(ctx.state.bot.name, 'answerCbQuery', id, text);
  }
}
