import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { DomainError, GetCashierByTelegramIdQuery, RedeemDiscountCommand } from '@dvorik/domain';
import { Action, Command, Ctx, Update } from 'nestjs-telegraf';
import { alertText, replyOnDomainError } from '../errors/reply-on-domain-error';
import type { BotContext } from '../runtime/bot-context';
import { BotReplier } from '../runtime/bot-replier';
import { template } from '../runtime/bot-text';
import { checkedValues } from './code-check.update';
import { REDEEM_PATTERN } from './redeem-callback';

/**
 * «Погасить» and `/redeem <code>`: RedeemDiscountCommand re-checks and redeems atomically (a
 * conditional update), so a code pressed twice or by two cashiers is redeemed once. The client
 * is told by the worker (discount.redeemed).
 */
@Update()
export class RedeemUpdate {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
    private readonly replier: BotReplier,
  ) {}

  @Command('redeem')
  async redeemCommand(@Ctx() ctx: BotContext & { payload?: string }): Promise<void> {
    const code = (ctx.payload ?? '').trim();
    if (!code) {
      await this.replier.replyText(ctx, template('redeem_usage'));
      return;
    }
    const cashierId = await this.cashierId(ctx);
    if (cashierId === null) {
      await this.replier.replyText(ctx, template('cashier_not_active'));
      return;
    }
    await replyOnDomainError(ctx, this.replier, async () => {
      const redeemed = await this.commands.execute(
        new RedeemDiscountCommand({ actor: { type: 'cashier', cashierId }, codeInput: code }),
      );
      await this.replier.replyText(ctx, {
        key: 'discount_used_cashier',
        values: await checkedValues(this.replier, redeemed),
      });
    });
  }

  @Action(REDEEM_PATTERN)
  async redeemButton(@Ctx() ctx: BotContext & { match: RegExpExecArray }): Promise<void> {
    const cashierId = await this.cashierId(ctx);
    if (cashierId === null) {
      await this.replier.answerCallback(
        ctx,
        alertText(await this.replier.render(template('cashier_not_active'))),
        true,
      );
      return;
    }
    try {
      const redeemed = await this.commands.execute(
        new RedeemDiscountCommand({ actor: { type: 'cashier', cashierId }, codeInput: ctx.match[1] }),
      );
      await this.replier.answerCallback(
        ctx,
        alertText(await this.replier.render(template('discount_redeemed_toast'))),
      );
      const html = await this.replier.render({
        key: 'discount_used_cashier',
        values: await checkedValues(this.replier, redeemed),
      });
      await this.replier.editPressedMessage(ctx, html);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      // Why not, on the button and in place of the stale «Погасить».
      const html = await this.replier.renderRefusal(error);
      await this.replier.answerCallback(ctx, alertText(html), true);
      await this.replier.editPressedMessage(ctx, html);
    }
  }

  private async cashierId(ctx: BotContext): Promise<number | null> {
    const cashier = await this.queries.execute(new GetCashierByTelegramIdQuery(ctx.from!.id));
    return cashier?.id ?? null;
  }
}
