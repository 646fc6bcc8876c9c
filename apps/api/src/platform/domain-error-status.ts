import { HttpStatus } from '@nestjs/common';
import {
  CashierErrorCode,
  ClientErrorCode,
  DiscountErrorCode,
  type DomainErrorCode,
  DiscountTemplateErrorCode,
  MessageTemplateErrorCode,
  OrderErrorCode,
  SettingsErrorCode,
  StaffErrorCode,
} from '@dvorik/domain';

/**
 * The HTTP status of every domain error code, in one exhaustive switch: adding a code to any
 * capability fails the type check here until it is given a status.
 */
export function domainErrorStatus(code: DomainErrorCode): HttpStatus {
  switch (code) {
    case StaffErrorCode.NotFound:
    case MessageTemplateErrorCode.NotFound:
    case ClientErrorCode.NotFound:
    case DiscountTemplateErrorCode.NotFound:
    case DiscountErrorCode.NotFound:
    case DiscountErrorCode.RedemptionNotFound:
    case CashierErrorCode.NotFound:
      return HttpStatus.NOT_FOUND;
    case StaffErrorCode.TelegramIdTaken:
    case ClientErrorCode.BirthdayAlreadySet:
    case DiscountTemplateErrorCode.SharedCodeTaken:
    case DiscountErrorCode.AlreadyRedeemed:
    case DiscountErrorCode.Revoked:
    case DiscountErrorCode.NotActive:
    case DiscountErrorCode.TemplateInactive:
    case DiscountErrorCode.ClientNotEligible:
    case DiscountErrorCode.RecurrenceNotReached:
    case DiscountErrorCode.RollbackNotApplicable:
    case CashierErrorCode.InvalidTransition:
      return HttpStatus.CONFLICT;
    // 410, not 409: a till can tell "gone for good" from "used" without reading the code.
    case DiscountErrorCode.Expired:
      return HttpStatus.GONE;
    case StaffErrorCode.Inactive:
    case CashierErrorCode.NotActive:
    case OrderErrorCode.NotVip:
      return HttpStatus.FORBIDDEN;
    // 429: the lock is a brute-force throttle; details.lockedUntil says when to retry.
    case CashierErrorCode.Locked:
      return HttpStatus.TOO_MANY_REQUESTS;
    case StaffErrorCode.InvalidCredentials:
    case StaffErrorCode.LoginTokenInvalid:
      return HttpStatus.UNAUTHORIZED;
    case DiscountErrorCode.IdempotencyKeyReused:
    case DiscountErrorCode.MinPurchaseNotMet:
      return HttpStatus.UNPROCESSABLE_ENTITY;
    case StaffErrorCode.WeakPassword:
    case SettingsErrorCode.Invalid:
    case MessageTemplateErrorCode.Invalid:
    case ClientErrorCode.BirthdayInvalid:
    case DiscountTemplateErrorCode.Invalid:
    case DiscountErrorCode.IdempotencyKeyInvalid:
    case DiscountErrorCode.RollbackReasonRequired:
    case CashierErrorCode.StoreInvalid:
      return HttpStatus.BAD_REQUEST;
  }
}
