import { Command } from '@nestjs/cqrs';
import type { DiscountView } from '../../discounts';

export interface TillToken {
  /** What the QR encodes (rules/till-token.rule.ts). */
  token: string;
  expiresAt: Date;
  discount: DiscountView;
}

/**
 * «Показать на кассе»: a client asks for a fresh two-minute QR token for one of their own active
 * codes. Each press signs a new one; nothing is stored — the signature and the discount's state
 * at the till decide.
 */
export class IssueTillTokenCommand extends Command<TillToken> {
  constructor(
    readonly clientId: number,
    readonly discountId: number,
  ) {
    super();
  }
}
