import { DEFAULT_SHOP_TIME_ZONE, toShopTime } from '../../shared';

export type DiscountStatus = 'active' | 'redeemed' | 'expired' | 'revoked';

/** Why a code can or cannot be redeemed; a shared code at its cap is `already_used` too. */
export type RedeemCheck = 'ok' | 'expired' | 'already_used' | 'revoked';

export interface RedeemableDiscount {
  status: DiscountStatus;
  expiresAt: Date | null;
  redemptionCount: number;
  /** null: no cap (single-use codes are closed by their status instead). */
  redemptionCap: number | null;
}

/**
 * The first reason that applies, in the order a cashier finds most useful: "already used"
 * (with when and by whom, shown by the caller) beats "expired" for a code that is both, and
 * a revoked code is reported as revoked even after its expiry date.
 */
export function checkRedeemable(discount: RedeemableDiscount, now: Date): RedeemCheck {
  switch (discount.status) {
    case 'redeemed':
      return 'already_used';
    case 'revoked':
      return 'revoked';
    case 'expired':
      return 'expired';
    case 'active':
      break;
  }
  // The expiry job runs periodically, so an `active` row may already be past its expiry.
  if (discount.expiresAt !== null && discount.expiresAt.getTime() <= now.getTime()) return 'expired';
  if (discount.redemptionCap !== null && discount.redemptionCount >= discount.redemptionCap)
    return 'already_used';
  return 'ok';
}

/**
 * End of the shop-local day `validityDays` days after the issue (23:59:59.999 shop time).
 * Clients read «действует до 03.03.2026» as "through that whole day"; an expiry at the
 * issue's time of day would refuse a shopper who comes in that evening. 0 means "today only".
 * null validity: the code never expires.
 */
export function computeExpiry(
  issuedAt: Date,
  validityDays: number | null,
  timeZone: string = DEFAULT_SHOP_TIME_ZONE,
): Date | null {
  if (validityDays === null) return null;
  if (!Number.isInteger(validityDays) || validityDays < 0) {
    throw new RangeError(`validityDays must be a non-negative integer, got ${validityDays}`);
  }
  return toShopTime(issuedAt, timeZone).plus({ days: validityDays }).endOf('day').toJSDate();
}
