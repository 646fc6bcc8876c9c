import { DomainError } from '../shared';

export enum DiscountErrorCode {
  NotFound = 'DISCOUNT_NOT_FOUND',
  AlreadyRedeemed = 'DISCOUNT_ALREADY_REDEEMED',
  Expired = 'DISCOUNT_EXPIRED',
  Revoked = 'DISCOUNT_REVOKED',
  MinPurchaseNotMet = 'DISCOUNT_MIN_PURCHASE_NOT_MET',
  NotActive = 'DISCOUNT_NOT_ACTIVE',
  TemplateInactive = 'DISCOUNT_TEMPLATE_INACTIVE',
  ClientNotEligible = 'DISCOUNT_CLIENT_NOT_ELIGIBLE',
  RecurrenceNotReached = 'RECURRENCE_NOT_REACHED',
  RedemptionNotFound = 'REDEMPTION_NOT_FOUND',
  RollbackNotApplicable = 'REDEMPTION_ROLLBACK_NOT_APPLICABLE',
  RollbackReasonRequired = 'REDEMPTION_ROLLBACK_REASON_REQUIRED',
  IdempotencyKeyReused = 'IDEMPOTENCY_KEY_REUSED',
  IdempotencyKeyInvalid = 'IDEMPOTENCY_KEY_INVALID',
  ClientNotSubscribed = 'DISCOUNT_CLIENT_NOT_SUBSCRIBED',
  TillTokenInvalid = 'TILL_QR_INVALID',
  TillTokenExpired = 'TILL_QR_EXPIRED',
}

const iso = (date: Date | null) => (date === null ? null : date.toISOString());

export class DiscountError extends DomainError<DiscountErrorCode> {
  static notFound(ref: Record<string, unknown>) {
    return new DiscountError(DiscountErrorCode.NotFound, 'No such discount code', ref);
  }
  /** When and by whom, so the cashier can tell the shopper exactly what happened. */
  static alreadyRedeemed(
    code: string,
    redeemedAt: Date | null,
    cashierId: number | null,
    cashierName: string | null,
  ) {
    return new DiscountError(DiscountErrorCode.AlreadyRedeemed, 'The code has already been redeemed', {
      code,
      redeemedAt: iso(redeemedAt),
      cashierId,
      cashierName,
    });
  }
  static expired(code: string, expiresAt: Date | null) {
    return new DiscountError(DiscountErrorCode.Expired, 'The code has expired', {
      code,
      expiresAt: iso(expiresAt),
    });
  }
  static revoked(code: string) {
    return new DiscountError(DiscountErrorCode.Revoked, 'The code was revoked', { code });
  }
  static minPurchaseNotMet(code: string, minPurchase: number, purchaseAmount: number) {
    const message = `The code needs a purchase of at least ${minPurchase}`;
    return new DiscountError(DiscountErrorCode.MinPurchaseNotMet, message, {
      code,
      minPurchase,
      purchaseAmount,
    });
  }
  static notActive(id: number, status: string) {
    return new DiscountError(DiscountErrorCode.NotActive, `The discount is ${status}, not active`, {
      id,
      status,
    });
  }
  static templateInactive(templateId: number) {
    return new DiscountError(DiscountErrorCode.TemplateInactive, 'The template is switched off', {
      templateId,
    });
  }
  static clientNotEligible(clientId: number, status: string) {
    return new DiscountError(DiscountErrorCode.ClientNotEligible, `A ${status} client gets no codes`, {
      clientId,
      status,
    });
  }
  /** `nextAt` null: never again (recurrence `once`). */
  static recurrenceNotReached(templateId: number, nextAt: Date | null) {
    const message = nextAt ? `Not again before ${nextAt.toISOString()}` : 'This discount is issued only once';
    return new DiscountError(DiscountErrorCode.RecurrenceNotReached, message, {
      templateId,
      nextAt: iso(nextAt),
    });
  }
  static redemptionNotFound(id: number) {
    return new DiscountError(DiscountErrorCode.RedemptionNotFound, 'No such redemption', { id });
  }
  static rollbackNotApplicable(id: number, why: string) {
    return new DiscountError(DiscountErrorCode.RollbackNotApplicable, why, { id });
  }
  static rollbackReasonRequired() {
    return new DiscountError(DiscountErrorCode.RollbackReasonRequired, 'A rollback needs a reason');
  }
  static idempotencyKeyReused() {
    const message = 'This Idempotency-Key was used with a different request';
    return new DiscountError(DiscountErrorCode.IdempotencyKeyReused, message);
  }
  static idempotencyKeyInvalid() {
    const message = 'Idempotency-Key must be 1–128 of A-Z a-z 0-9 . _ : -';
    return new DiscountError(DiscountErrorCode.IdempotencyKeyInvalid, message);
  }

  /** The re-check at redemption: a subscription code of a client who has left the channel. */
  static clientNotSubscribed(code: string, clientId: number | null) {
    return new DiscountError(DiscountErrorCode.ClientNotSubscribed, 'The client has left the channel', {
      code,
      clientId,
    });
  }
  /** Scanned text that starts like a till QR token but is not one this server signed. */
  static tillTokenInvalid() {
    return new DiscountError(DiscountErrorCode.TillTokenInvalid, 'Not a valid till QR code');
  }
  static tillTokenExpired(code: string, expiredAt: Date) {
    return new DiscountError(
      DiscountErrorCode.TillTokenExpired,
      'The till QR code has expired; show a new one',
      {
        code,
        expiredAt: expiredAt.toISOString(),
      },
    );
  }

  private constructor(code: DiscountErrorCode, message: string, details?: Record<string, unknown>) {
    super(code, message, details);
  }
}

/**
 * A stored outcome replayed for a repeated Idempotency-Key: the same code, message and details.
 * Its code is whichever capability's code was stored; the edges' exhaustive maps name them all.
 */
export class ReplayedDomainError extends DomainError {
  constructor(code: string, message: string, details: Record<string, unknown>) {
    super(code, message, details);
  }
}
