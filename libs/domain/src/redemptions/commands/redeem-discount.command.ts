import { Command } from '@nestjs/cqrs';
import type { Actor } from '@dvorik/persistence';
import type { CheckedDiscount } from '../code-check.service';

export interface RedeemDiscountInput {
  actor: Actor;
  codeInput: string;
  /** Roubles, when the till knows it: checked against the minimum purchase and logged. */
  purchaseAmount?: number | null;
  /** Same key + same request → the first outcome replayed; same key, other request → 422. */
  idempotencyKey?: string | null;
}

/** «Погасить», `/redeem <code>` or a till: re-checks and redeems atomically, exactly once. */
export class RedeemDiscountCommand extends Command<CheckedDiscount> {
  constructor(readonly input: RedeemDiscountInput) {
    super();
  }
}
