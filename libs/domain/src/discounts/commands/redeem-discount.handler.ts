import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { type Actor, isDuplicateKeyError, UnitOfWork } from '@dvorik/persistence';
import {
  type CheckedDiscount,
  type CheckOutcome,
  type Checker,
  CodeCheckService,
  type LogBase,
} from '../code-check.service';
import { DiscountsRepository } from '../discounts.repository';
import { DiscountError, ReplayedDomainError } from '../discounts.errors';
import { discountFacts, DiscountRedeemedEvent } from '../events/discount.events';
import { IdempotencyStore, type StoredOutcome } from '../idempotency.store';
import { refusalError } from '../refusal';
import { checkRedeemable } from '../rules/redeemability.rule';
import { RedeemDiscountCommand, type RedeemDiscountInput } from './redeem-discount.command';

/** Keys are per caller: two tills (or cashiers) may happen to choose the same key. */
function idempotencyScope(actor: Actor): string {
  switch (actor.type) {
    case 'cashier':
      return `redeem:cashier:${actor.cashierId}`;
    case 'staff':
      return `redeem:staff:${actor.staffId}`;
    case 'pos':
    case 'system':
    case 'client':
      return `redeem:${actor.type}`;
  }
}

function unwrap(outcome: StoredOutcome): CheckedDiscount {
  if (outcome.ok) return outcome.result as CheckedDiscount;
  throw new ReplayedDomainError(outcome.error.code, outcome.error.message, outcome.error.details);
}

@CommandHandler(RedeemDiscountCommand)
export class RedeemDiscountHandler implements ICommandHandler<RedeemDiscountCommand> {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly checks: CodeCheckService,
    private readonly discounts: DiscountsRepository,
    private readonly idempotency: IdempotencyStore,
  ) {}

  async execute({ input }: RedeemDiscountCommand): Promise<CheckedDiscount> {
    const key = input.idempotencyKey ?? null;
    const scope = idempotencyScope(input.actor);
    const hash = IdempotencyStore.hash({
      code: input.codeInput.trim(),
      purchaseAmount: input.purchaseAmount ?? null,
    });
    if (key !== null) {
      IdempotencyStore.assertValidKey(key);
      const replayed = await this.idempotency.replay(scope, key, hash);
      if (replayed) return unwrap(replayed);
    }
    const now = new Date();
    const checker = await this.checks.checker(input.actor);
    const base = this.checks.logBase(checker, 'redeem', input.codeInput, input.purchaseAmount);
    let outcome: CheckOutcome;
    try {
      outcome = await this.uow.run(async () => {
        if (key !== null) await this.idempotency.claim(scope, key, hash, now);
        const outcome = await this.redeem(checker, base, input, now);
        if (key !== null) await this.idempotency.complete(scope, key, stored(outcome));
        return outcome;
      });
    } catch (error) {
      // A concurrent twin with the same key committed first: answer what it answered.
      if (key === null || !isDuplicateKeyError(error, 'PRIMARY')) throw error;
      const replayed = await this.idempotency.replay(scope, key, hash);
      if (!replayed) throw error;
      return unwrap(replayed);
    }
    if (!outcome.ok) throw outcome.error;
    return outcome.result;
  }

  private async redeem(
    checker: Checker,
    base: LogBase,
    input: RedeemDiscountInput,
    now: Date,
  ): Promise<CheckOutcome> {
    const refused = await this.checks.refuseChecker(checker, base, now);
    if (refused) return refused;
    const found = await this.checks.find(input.codeInput);
    if (!found)
      return this.checks.notFound(checker, base, DiscountError.notFound({ code: base.codeEntered }), now);
    const { discount } = found;
    const logBase = {
      ...base,
      discountId: discount.id,
      clientId: discount.clientId,
      isTest: base.isTest || discount.isTest,
    };
    const minPurchase = discount.minPurchase === null ? null : Number(discount.minPurchase);
    if (minPurchase !== null && input.purchaseAmount != null && input.purchaseAmount < minPurchase) {
      const error = DiscountError.minPurchaseNotMet(discount.code, minPurchase, input.purchaseAmount);
      return this.checks.refuse(logBase, 'min_purchase', error, now);
    }
    const redeemed = await this.discounts.redeem(discount.id, now, checker.cashier?.id ?? null);
    // Re-read either way: the winner reports the new state, a loser reports why it lost.
    const view = await this.checks.views.view((await this.discounts.findById(discount.id))!);
    if (!redeemed) {
      const reason = checkRedeemable(view, now);
      const result = reason === 'ok' ? 'already_used' : reason;
      return this.checks.refuse(logBase, result, refusalError(result, view), now);
    }
    const outcome = await this.checks.succeed(logBase, view, `Redeemed: ${view.valueText}`, now);
    if (outcome.ok) {
      await this.uow.record(
        new DiscountRedeemedEvent(
          input.actor,
          { type: 'discount', id: discount.id },
          {
            ...discountFacts(view),
            logId: outcome.result.logId,
            cashierId: checker.cashier?.id ?? null,
            channel: checker.channel,
            store: checker.cashier?.store ?? null,
          },
        ),
      );
    }
    return outcome;
  }
}

function stored(outcome: CheckOutcome): StoredOutcome {
  if (outcome.ok) return { ok: true, result: outcome.result };
  const { code, message, details } = outcome.error;
  return { ok: false, error: { code, message, details } };
}
