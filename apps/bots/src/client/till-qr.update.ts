import { CommandBus } from '@nestjs/cqrs';
import { type DiscountView, DomainError, IssueTillTokenCommand, TILL_TOKEN_TTL_MS } from '@dvorik/domain';
import { Action, Ctx, Update } from 'nestjs-telegraf';
import QRCode from 'qrcode';
import type { InlineKeyboardMarkup } from 'telegraf/types';
import { alertText } from '../errors/reply-on-domain-error';
import type { BotContext } from '../runtime/bot-context';
import { BotReplier } from '../runtime/bot-replier';
import { template } from '../runtime/bot-text';
import { BUTTON } from '../shared/button-labels';
import { ClientIdentity } from './client-identity';

const TILL_QR = /^qr:(\d{1,10})$/;

/** One «Показать на кассе» per code of «Мои скидки», named by the code when there are several. */
export function tillQrKeyboard(discounts: readonly DiscountView[]): InlineKeyboardMarkup {
  return {
    inline_keyboard: discounts.map((d) => [
      {
        text: discounts.length === 1 ? BUTTON.showAtTill : `${BUTTON.showAtTill} · ${d.displayCode}`,
        callback_data: `qr:${d.id}`,
      },
    ]),
  };
}

/**
 * «Показать на кассе»: a fresh QR of a signed two-minute token for this code (each press a new
 * one), the code as text under it so a till without a scanner still works. The client only gets
 * QRs of their own active codes (IssueTillTokenCommand); a used or expired code says why.
 */
@Update()
export class TillQrUpdate {
  constructor(
    private readonly commands: CommandBus,
    private readonly identity: ClientIdentity,
    private readonly replier: BotReplier,
  ) {}

  @Action(TILL_QR)
  async show(@Ctx() ctx: BotContext & { match: RegExpExecArray }): Promise<void> {
    const client = await this.identity.current(ctx);
    try {
      const { token, discount } = await this.commands.execute(
        new IssueTillTokenCommand(client.id, Number(ctx.match[1])),
      );
      // Medium error correction and a wide quiet zone: phone screens at arm's length, glare.
      const png = await QRCode.toBuffer(token, {
        type: 'png',
        errorCorrectionLevel: 'M',
        margin: 4,
        scale: 8,
      });
      const caption = await this.replier.render(
        template('till_qr_caption', {
          discount_code: discount.displayCode,
          discount_value: discount.valueText,
          minutes: String(TILL_TOKEN_TTL_MS / 60_000),
        }),
      );
      await this.replier.replyPhoto(ctx, png, caption, 'qr.png');
      await this.replier.answerCallback(ctx);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      await this.replier.answerCallback(ctx, alertText(await this.replier.renderRefusal(error)), true);
    }
  }
}
