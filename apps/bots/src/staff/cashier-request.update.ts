import { CommandBus, QueryBus } from '@nestjs/cqrs';
import {
  type CashierView,
  FindStaffByTelegramIdQuery,
  RequestCashierAccessCommand,
  SetCashierStoreCommand,
} from '@dvorik/domain';
import { Command, Ctx, Start, Update } from 'nestjs-telegraf';
import { replyOnDomainError } from '../errors/reply-on-domain-error';
import type { BotContext } from '../runtime/bot-context';
import { BotReplier } from '../runtime/bot-replier';
import { type BotText, template } from '../runtime/bot-text';
import { DialogState } from '../runtime/dialog-state';
import { TillScanUpdate } from './till-scan.update';

/** What an existing cashier hears when they ask for access again. */
function statusText(cashier: CashierView): BotText {
  switch (cashier.status) {
    case 'active':
      return template('cashier_approved');
    case 'pending':
      return template(cashier.store === null ? 'cashier_pending' : 'cashier_not_active');
    case 'rejected':
      return template('cashier_rejected');
    case 'blocked':
      return template('cashier_not_active');
  }
}

/**
 * Becoming a cashier: anyone who is not staff and writes to the staff bot for the first time is a
 * pending request (owners are alerted by the worker); the bot asks for the store and takes the
 * next text as its name. Staff are not cashiers unless they ask with `/cashier` and are approved.
 */
@Update()
export class CashierRequestUpdate {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
    private readonly dialogs: DialogState,
    private readonly replier: BotReplier,
    private readonly tillScan: TillScanUpdate,
  ) {}

  @Start()
  async start(@Ctx() ctx: BotContext): Promise<void> {
    const staff = await this.queries.execute(new FindStaffByTelegramIdQuery(ctx.from!.id));
    if (staff?.active) await this.replier.replyText(ctx, template('staff_help'));
    else await this.request(ctx);
  }

  @Command('cashier')
  async request(@Ctx() ctx: BotContext): Promise<void> {
    const from = ctx.from!;
    const { cashier, created } = await this.commands.execute(
      new RequestCashierAccessCommand({
        telegramId: from.id,
        firstName: from.first_name,
        lastName: from.last_name ?? null,
        username: from.username ?? null,
        isTest: ctx.state.bot.isTest,
      }),
    );
    if (created || (cashier.status === 'pending' && cashier.store === null)) {
      await this.dialogs.set(ctx.state.bot.name, from.id, 'cashier_store');
      await this.replier.replyText(ctx, template('cashier_pending'));
      return;
    }
    // An approved cashier asking again gets «Сканировать» back (and in the chat's menu).
    if (cashier.status === 'active') await this.tillScan.offer(ctx, statusText(cashier));
    else await this.replier.replyText(ctx, statusText(cashier));
  }

  /** The answer to «в каком магазине вы работаете?». */
  async saveStore(ctx: BotContext, cashier: CashierView, text: string): Promise<void> {
    await replyOnDomainError(ctx, this.replier, async () => {
      const saved = await this.commands.execute(new SetCashierStoreCommand(cashier.id, text));
      await this.dialogs.clear(ctx.state.bot.name, cashier.telegramId);
      await this.replier.replyText(ctx, template('cashier_store_saved', { store: saved.store ?? '' }));
    });
  }
}
