import { Injectable } from '@nestjs/common';
import { type DiscountWithNames, DiscountsRepository } from './discounts.repository';

/**
 * What `redemptions` may do to a discounts row, and nothing more: find a code (by id or by the
 * forms a typed code may take, with the names its view shows), redeem it, undo a redemption.
 * Each call joins the caller's transaction, so a redemption and its log entry commit together;
 * the rules of whether a code may be redeemed stay in `rules/redeemability`. Everything else
 * other capabilities do with codes goes through the bus (`IssueDiscountCommand`,
 * `GetDiscountQuery`, …).
 */
@Injectable()
export class DiscountRedemptionService {
  constructor(private readonly discounts: DiscountsRepository) {}

  findById(id: number): Promise<DiscountWithNames | null> {
    return this.discounts.findById(id);
  }

  /** Candidates are the forms a typed code may take (personal canonical, shared upper-case). */
  findByCodes(codes: string[]): Promise<DiscountWithNames | null> {
    return this.discounts.findByCodes(codes);
  }

  /** One conditional UPDATE: true when this attempt redeemed the code (`DiscountsRepository.redeem`). */
  redeem(id: number, now: Date, cashierId: number | null): Promise<boolean> {
    return this.discounts.redeem(id, now, cashierId);
  }

  /** Active again if still valid, expired if its time has passed meanwhile. */
  undoRedemption(id: number, now: Date): Promise<void> {
    return this.discounts.undoRedemption(id, now);
  }
}
