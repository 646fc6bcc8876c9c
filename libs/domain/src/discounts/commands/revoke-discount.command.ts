import { Command } from '@nestjs/cqrs';
import type { Actor } from '@dvorik/persistence';
import type { DiscountView } from '../discount.view';

/** Staff switch off an active code; a revoked code can never be redeemed. */
export class RevokeDiscountCommand extends Command<DiscountView> {
  constructor(
    readonly actor: Actor,
    readonly discountId: number,
    readonly reason: string | null = null,
  ) {
    super();
  }
}
