import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { UnitOfWork } from '@dvorik/persistence';
import { type CheckOutcome, type Checker, CodeCheckService, type LogBase } from '../code-check.service';
import { checkRedeemable } from '../../discounts';
import { refusalError } from '../refusal';
import { ValidateDiscountCommand } from './validate-discount.command';

@CommandHandler(ValidateDiscountCommand)
export class ValidateDiscountHandler implements ICommandHandler<ValidateDiscountCommand> {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly checks: CodeCheckService,
  ) {}

  async execute({ actor, codeInput }: ValidateDiscountCommand) {
    const now = new Date();
    const checker = await this.checks.checker(actor);
    const base = this.checks.logBase(checker, 'check', codeInput);
    // The log row commits even when the answer is a refusal; the error is thrown after.
    const outcome = await this.uow.run(() => this.check(checker, base, codeInput, now));
    if (!outcome.ok) throw outcome.error;
    return outcome.result;
  }

  private async check(checker: Checker, base: LogBase, codeInput: string, now: Date): Promise<CheckOutcome> {
    const refused = await this.checks.refuseChecker(checker, base, now);
    if (refused) return refused;
    const located = await this.checks.locate(checker, base, codeInput, now);
    if (!located.ok) return located.outcome;
    const view = await this.checks.views.view(located.row);
    const reason = checkRedeemable(located.row.discount, now);
    if (reason !== 'ok') return this.checks.refuse(located.base, reason, refusalError(reason, view), now);
    return this.checks.succeed(located.base, view, `Valid: ${view.valueText}`, now);
  }
}
