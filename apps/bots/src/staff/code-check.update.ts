import { CommandBus } from '@nestjs/cqrs';
import type { CashierView, CheckedDiscount } from '@dvorik/domain';
import { ValidateDiscountCommand } from '@dvorik/domain';
import { Update } from 'nestjs-telegraf';
import type { InlineKeyboardMarkup } from 'telegraf/types';
import { replyOnDomainError } from '../errors/reply-on-domain-error';
import type { BotContext } from '../runtime/bot-context';
import { BotReplier } from '../runtime/bot-replier';
import { template, type TemplateValues } from '../runtime/bot-text';
import { BUTTON } from '../shared/button-labels';
import { expiryText } from '../shared/expiry-text';
import { redeemButtonData } from './redeem-callback';

/** The values of every "this code" text a cashier reads (check, redeemed). */
export async function checkedValues(replier: BotReplier, discount: CheckedDiscount): Promise<TemplateValues> {
  return {
    discount_code: discount.displayCode,
    discount_name: discount.templateName,
    discount_value: discount.valueText,
    discount_expires_at: await expiryText(replier, discount.expiresOn),
    // A shared code (MARMELAD10) belongs to nobody in particular.
    client_name: discount.clientName ?? (await replier.render(template('discount_shared_client'))),
  };
}

export function redeemKeyboard(discount: CheckedDiscount): InlineKeyboardMarkup {
  return { inline_keyboard: [[{ text: BUTTON.redeem, callback_data: redeemButtonData(discount.code) }]] };
}

/**
 * A cashier typed something: it is a code to check (normalised by the domain: prefix, spaces,
 * case, Latin look-alikes). The answer names the client, the discount, its value and expiry
 * with a «Погасить» button — or exactly why not. Every check is logged by the domain.
 */
@Update()
export class CodeCheckUpdate {
  constructor(
    private readonly commands: CommandBus,
    private readonly replier: BotReplier,
  ) {}

  async check(ctx: BotContext, cashier: CashierView, text: string): Promise<void> {
    await replyOnDomainError(ctx, this.replier, async () => {
      const discount = await this.commands.execute(
        new ValidateDiscountCommand({ type: 'cashier', cashierId: cashier.id }, text),
      );
      await this.replier.replyText(
        ctx,
        { key: 'discount_check_ok', values: await checkedValues(this.replier, discount) },
        { reply_markup: redeemKeyboard(discount) },
      );
    });
  }
}
