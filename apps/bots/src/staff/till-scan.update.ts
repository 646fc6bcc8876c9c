import { QueryBus } from '@nestjs/cqrs';
import { AppConfig } from '@dvorik/config';
import { GetCashierByTelegramIdQuery, tillMenuButton, tillScanMarkup } from '@dvorik/domain';
import { TelegramGateway } from '@dvorik/telegram';
import { Command, Ctx, Update } from 'nestjs-telegraf';
import type { BotContext } from '../runtime/bot-context';
import { BotReplier } from '../runtime/bot-replier';
import { type BotText, template } from '../runtime/bot-text';

/**
 * «Сканировать»: the cashier's Mini App (apps/api `/tg/till`) as an inline button and as the
 * chat's menu button — the two ways Telegram opens a Mini App with the signed `initData` it
 * authenticates by. Offered on approval (the worker), on `/start` and on `/scan`.
 */
@Update()
export class TillScanUpdate {
  constructor(
    private readonly queries: QueryBus,
    private readonly replier: BotReplier,
    private readonly gateway: TelegramGateway,
    private readonly config: AppConfig,
  ) {}

  @Command('scan')
  async scan(@Ctx() ctx: BotContext): Promise<void> {
    const cashier = await this.queries.execute(new GetCashierByTelegramIdQuery(ctx.from!.id));
    if (cashier?.status !== 'active') {
      await this.replier.replyText(ctx, template('cashier_not_active'));
      return;
    }
    await this.offer(ctx, template('till_scan_open'));
  }

  /** `text` with «Сканировать» under it, and the menu button set for this chat. */
  async offer(ctx: BotContext, text: BotText): Promise<void> {
    if (!this.config.tillAppOffered) {
      await this.replier.replyText(ctx, text);
      return;
    }
    const url = this.config.tillAppUrl;
    await this.replier.replyText(ctx, text, { reply_markup: tillScanMarkup(url) });
    await this.gateway.call(ctx.state.bot.name, 'setChatMenuButton', {
      chatId: ctx.chat!.id,
      menuButton: tillMenuButton(url),
    });
  }
}
