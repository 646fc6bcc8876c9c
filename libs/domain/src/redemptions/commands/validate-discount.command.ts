import { Command } from '@nestjs/cqrs';
import type { Actor } from '@dvorik/persistence';
import type { CheckedDiscount } from '../code-check.service';

/**
 * The check a cashier's bot or a till does before redeeming: the client, the discount, its
 * value and expiry — or the typed reason it cannot be used. A command, not a query: every
 * check is written to the redemption log, and failed ones count towards the cashier lock.
 * `actor`: a cashier (staff bot), `pos` (X-API-Key) or staff (token).
 */
export class ValidateDiscountCommand extends Command<CheckedDiscount> {
  constructor(
    readonly actor: Actor,
    readonly codeInput: string,
  ) {
    super();
  }
}
