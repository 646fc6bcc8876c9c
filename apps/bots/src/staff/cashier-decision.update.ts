import { CommandBus, QueryBus } from '@nestjs/cqrs';
import {
  ApproveCashierCommand,
  CASHIER_DECISION_PATTERN,
  FindStaffByTelegramIdQuery,
  parseCashierDecision,
  RejectCashierCommand,
  StaffRole,
} from '@dvorik/domain';
import { Action, Ctx, Update } from 'nestjs-telegraf';
import { alertText, replyOnDomainError } from '../errors/reply-on-domain-error';
import type { BotContext } from '../runtime/bot-context';
import { BotReplier } from '../runtime/bot-replier';
import { template } from '../runtime/bot-text';

/**
 * Approve/Reject on the owner alert (sent by the worker). Only an active owner may decide;
 * anyone else gets an alert on the button. The cashier is told by the worker
 * (cashier.status_changed); the pressed alert is rewritten with the outcome.
 */
@Update()
export class CashierDecisionUpdate {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
    private readonly replier: BotReplier,
  ) {}

  @Action(CASHIER_DECISION_PATTERN)
  async decide(@Ctx() ctx: BotContext): Promise<void> {
    const data = ctx.callbackQuery && 'data' in ctx.callbackQuery ? ctx.callbackQuery.data : '';
    const decision = parseCashierDecision(data);
    if (!decision) return;
    const staff = await this.queries.execute(new FindStaffByTelegramIdQuery(ctx.from!.id));
    if (!staff?.active || staff.role !== StaffRole.Owner) {
      const html = await this.replier.render(template('cashier_owner_only'));
      await this.replier.answerCallback(ctx, alertText(html), true);
      return;
    }
    const actor = { type: 'staff', staffId: staff.id, role: staff.role } as const;
    await replyOnDomainError(
      ctx,
      this.replier,
      async () => {
        const cashier = await this.commands.execute(
          decision.action === 'approve'
            ? new ApproveCashierCommand(actor, decision.cashierId)
            : new RejectCashierCommand(actor, decision.cashierId),
        );
        const key = decision.action === 'approve' ? 'cashier_request_approved' : 'cashier_request_rejected';
        await this.replier.answerCallback(
          ctx,
          alertText(await this.replier.render(template('cashier_decision_done'))),
        );
        await this.replier.editPressedMessage(
          ctx,
          await this.replier.render(template(key, { cashier_name: cashier.name })),
        );
      },
      'alert',
    );
  }
}
