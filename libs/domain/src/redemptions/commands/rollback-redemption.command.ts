import { Command } from '@nestjs/cqrs';
import type { Actor } from '@dvorik/persistence';
import type { DiscountView } from '../../discounts';

/**
 * Owner: a redemption made by mistake is undone. The log row is kept and marked (who, when,
 * why); the code becomes active again if it is still valid.
 */
export class RollbackRedemptionCommand extends Command<{ logId: number; discount: DiscountView }> {
  constructor(
    readonly actor: Actor,
    readonly logId: number,
    readonly reason: string,
  ) {
    super();
  }
}
