import { QueryBus } from '@nestjs/cqrs';
import {
  type CashierView,
  FindStaffByTelegramIdQuery,
  GetCashierByTelegramIdQuery,
  GetSettingsQuery,
  normalizeCodeInput,
} from '@dvorik/domain';
import { Ctx, On, Update } from 'nestjs-telegraf';
import type { BotContext } from '../runtime/bot-context';
import { BotReplier } from '../runtime/bot-replier';
import { template } from '../runtime/bot-text';
import { DialogState } from '../runtime/dialog-state';
import { CashierRequestUpdate } from './cashier-request.update';
import { CodeCheckUpdate } from './code-check.update';

/**
 * Any other text to the staff bot, by who sends it: a cashier (the store they were asked for,
 * else a code to check — an unapproved one is refused and logged by the domain), a staff member
 * (a hint: /login, /cashier), or someone new (a cashier request). Registered last.
 */
@Update()
export class StaffTextUpdate {
  constructor(
    private readonly queries: QueryBus,
    private readonly dialogs: DialogState,
    private readonly requests: CashierRequestUpdate,
    private readonly codes: CodeCheckUpdate,
    private readonly replier: BotReplier,
  ) {}

  @On('text')
  async text(@Ctx() ctx: BotContext): Promise<void> {
    const text = ctx.message && 'text' in ctx.message ? ctx.message.text.trim() : '';
    const telegramId = ctx.from!.id;
    const cashier = await this.queries.execute(new GetCashierByTelegramIdQuery(telegramId));
    if (cashier && !text.startsWith('/')) {
      const step = await this.dialogs.get(ctx.state.bot.name, telegramId);
      // The store question stands until answered, even after its dialog state expired.
      if (step === 'cashier_store' || (cashier.status === 'pending' && cashier.store === null))
        await this.storeAnswer(ctx, cashier, text);
      else await this.codes.check(ctx, cashier, text);
      return;
    }
    const staff = await this.queries.execute(new FindStaffByTelegramIdQuery(telegramId));
    if (staff?.active) await this.replier.replyText(ctx, template('staff_help'));
    else await this.requests.request(ctx);
  }

  /**
   * A code typed where the store was asked for is not a store name: it goes through the check
   * (an unapproved cashier is refused with «вы не подтверждены» and the domain logs
   * `cashier_not_active`), then the store question is asked again.
   */
  private async storeAnswer(ctx: BotContext, cashier: CashierView, text: string): Promise<void> {
    const { code_prefix: prefix } = await this.queries.execute(new GetSettingsQuery());
    if (normalizeCodeInput(text, prefix) === null) {
      await this.requests.saveStore(ctx, cashier, text);
      return;
    }
    await this.codes.check(ctx, cashier, text);
    if (cashier.status !== 'active') await this.replier.replyText(ctx, template('cashier_store_ask'));
  }
}
