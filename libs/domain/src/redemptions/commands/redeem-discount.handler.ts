import { CommandHandler, type ICommandHandler, QueryBus } from '@nestjs/cqrs';
import {
  type Actor,
  IdempotencyStore,
  isDuplicateKeyError,
  type Replay,
  type StoredOutcome,
  UnitOfWork,
} from '@dvorik/persistence';
import {
  type CheckedDiscount,
  type CheckOutcome,
  type Checker,
  CodeCheckService,
  type LogBase,
} from '../code-check.service';
import {
  checkRedeemable,
  DiscountError,
  discountFacts,
  DiscountRedeemedEvent,
  DiscountRedemptionService,
  type DiscountWithNames,
  GetChannelMembershipQuery,
  ReplayedDomainError,
} from '../../discounts';
import { SettingsReader } from '../../settings';
import { refusalError } from '../refusal';
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

/** A remembered outcome answered again; a key used with another request is refused. */
function unwrap(outcome: Exclude<Replay, null>): CheckedDiscount {
  if (outcome === 'reused') throw DiscountError.idempotencyKeyReused();
  if (outcome.ok) return outcome.result as CheckedDiscount;
  throw new ReplayedDomainError(outcome.error.code, outcome.error.message, outcome.error.details);
}

@CommandHandler(RedeemDiscountCommand)
export class RedeemDiscountHandler implements ICommandHandler<RedeemDiscountCommand> {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly checks: CodeCheckService,
    private readonly discounts: DiscountRedemptionService,
    private readonly idempotency: IdempotencyStore,
    private readonly queries: QueryBus,
    private readonly settings: SettingsReader,
  ) {}

  async execute({ input }: RedeemDiscountCommand): Promise<CheckedDiscount> {
    const key = input.idempotencyKey ?? null;
    const scope = idempotencyScope(input.actor);
    // Only a keyed request is remembered, so only it needs the request's fingerprint.
    const hash =
      key === null
        ? ''
        : IdempotencyStore.hash({
            code: input.codeInput.trim(),
            purchaseAmount: input.purchaseAmount ?? null,
          });
    if (key !== null) {
      if (!IdempotencyStore.isValidKey(key)) throw DiscountError.idempotencyKeyInvalid();
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
    const located = await this.checks.locate(checker, base, input.codeInput, now);
    if (!located.ok) return located.outcome;
    const { discount } = located.row;
    let logBase = located.base;
    const minPurchase = discount.minPurchase === null ? null : Number(discount.minPurchase);
    if (minPurchase !== null && input.purchaseAmount != null && input.purchaseAmount < minPurchase) {
      const error = DiscountError.minPurchaseNotMet(discount.code, minPurchase, input.purchaseAmount);
      return this.checks.refuse(logBase, 'min_purchase', error, now);
    }
    const membership = await this.recheckSubscription(located.row, now);
    if (membership === 'left') {
      const view = await this.checks.views.view(located.row);
      const error = DiscountError.clientNotSubscribed(view.displayCode, discount.clientId);
      return this.checks.refuse(logBase, 'not_subscribed', error, now);
    }
    if (membership === 'unverified') logBase = { ...logBase, subscriptionUnverified: true };
    const redeemed = await this.discounts.redeem(discount.id, now, checker.cashier?.id ?? null);
    // Re-read either way: the winner reports the new state, a loser reports why it lost.
    const view = await this.checks.views.view((await this.discounts.findById(discount.id))!);
    if (!redeemed) {
      const reason = checkRedeemable(view, now);
      const result = reason === 'ok' ? 'already_used' : reason;
      return this.checks.refuse(logBase, result, refusalError(result, view), now);
    }
    const note = logBase.subscriptionUnverified ? ' (subscription not verified: Telegram unreachable)' : '';
    const outcome = await this.checks.succeed(logBase, view, `Redeemed: ${view.valueText}${note}`, now);
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

  /**
   * DESIGN §2 «Re-check at redemption»: a subscription code is redeemed only while its client is
   * in the channel (the same 30–60 s membership cache as «Проверить подписку»). Only a code that
   * could be redeemed now is re-checked: a used or expired code keeps its own answer. Telegram
   * unreachable → the till does not wait: redeemed, and the log row says so.
   */
  private async recheckSubscription(
    { discount, names }: DiscountWithNames,
    now: Date,
  ): Promise<'ok' | 'left' | 'unverified'> {
    if (discount.origin !== 'subscription' || names.clientTelegramId === null) return 'ok';
    if (checkRedeemable(discount, now) !== 'ok') return 'ok';
    if (!(await this.settings.get('require_subscription_at_redeem'))) return 'ok';
    const answer = await this.queries.execute(
      new GetChannelMembershipQuery(names.clientTelegramId, discount.isTest, REDEEM_MEMBERSHIP_DEADLINE_MS),
    );
    switch (answer.kind) {
      case 'subscribed':
        return 'ok';
      case 'left':
        return 'left';
      case 'unknown':
        // No channel configured: there is no subscription to lose.
        return answer.reason === 'not_configured' ? 'ok' : 'unverified';
    }
  }
}

/** How long a redemption waits for Telegram's word on membership before going through, flagged. */
export const REDEEM_MEMBERSHIP_DEADLINE_MS = 1500;

function stored(outcome: CheckOutcome): StoredOutcome {
  if (outcome.ok) return { ok: true, result: outcome.result };
  const { code, message, details } = outcome.error;
  return { ok: false, error: { code, message, details } };
}
