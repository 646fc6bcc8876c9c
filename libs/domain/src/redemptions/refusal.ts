import { DiscountError, type DiscountView, type RedeemCheck } from '../discounts';

/** The typed error for a code that exists but cannot be redeemed, with what the cashier should hear. */
export function refusalError(reason: Exclude<RedeemCheck, 'ok'>, view: DiscountView): DiscountError {
  switch (reason) {
    case 'already_used':
      return DiscountError.alreadyRedeemed(
        view.displayCode,
        view.redeemedAt,
        view.redeemedByCashierId,
        view.redeemedByCashierName,
      );
    case 'expired':
      return DiscountError.expired(view.displayCode, view.expiresAt);
    case 'revoked':
      return DiscountError.revoked(view.displayCode);
  }
}
