import { HttpStatus } from '@nestjs/common';
import {
  AdminJobErrorCode,
  BroadcastErrorCode,
  CampaignErrorCode,
  CashierErrorCode,
  ClientErrorCode,
  DemoErrorCode,
  DiscountErrorCode,
  DiscountTemplateErrorCode,
  ExportErrorCode,
  MessageTemplateErrorCode,
  OrderErrorCode,
  SegmentErrorCode,
  SettingsErrorCode,
  StaffErrorCode,
} from '@dvorik/domain';
import type { DomainErrorCode } from '@dvorik/domain/errors';

/**
 * The HTTP status of every domain error code, in one exhaustive switch: adding a code to any
 * capability fails the type check here until it is given a status.
 */
export function domainErrorStatus(code: DomainErrorCode): HttpStatus {
  switch (code) {
    case StaffErrorCode.NotFound:
    case MessageTemplateErrorCode.NotFound:
    case ClientErrorCode.NotFound:
    case SettingsErrorCode.NotFound:
    case DiscountTemplateErrorCode.NotFound:
    case DiscountErrorCode.NotFound:
    case DiscountErrorCode.RedemptionNotFound:
    case CashierErrorCode.NotFound:
    case SegmentErrorCode.NotFound:
    case CampaignErrorCode.NotFound:
    case AdminJobErrorCode.NotFound:
    case OrderErrorCode.NotFound:
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
    case DiscountErrorCode.ClientNotSubscribed:
    case CashierErrorCode.InvalidTransition:
    case StaffErrorCode.LastOwner:
    case OrderErrorCode.InvalidTransition:
    case SegmentErrorCode.NameTaken:
    case SegmentErrorCode.PresetReadonly:
    case ClientErrorCode.BulkItemFailed:
    case CampaignErrorCode.SourceKeyTaken:
    case CampaignErrorCode.InUse:
    case CampaignErrorCode.LinkUnavailable:
    case AdminJobErrorCode.FileNotReady:
      return HttpStatus.CONFLICT;
    // 410, not 409: a till can tell "gone for good" from "used" without reading the code.
    case DiscountErrorCode.Expired:
    case DiscountErrorCode.TillTokenExpired:
      return HttpStatus.GONE;
    case StaffErrorCode.Inactive:
    case CashierErrorCode.NotActive:
    case OrderErrorCode.NotVip:
      return HttpStatus.FORBIDDEN;
    // 429: the lock is a brute-force throttle; details.lockedUntil says when to retry.
    case CashierErrorCode.Locked:
    case CashierErrorCode.PosLocked:
    case StaffErrorCode.LoginLocked:
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
    case DiscountErrorCode.TillTokenInvalid:
    case DiscountErrorCode.RollbackReasonRequired:
    case CashierErrorCode.StoreInvalid:
    case ClientErrorCode.FilterInvalid:
    case ClientErrorCode.Invalid:
    case ClientErrorCode.ContactNotOwn:
    case ClientErrorCode.ProfileInvalid:
    case CampaignErrorCode.Invalid:
    case ExportErrorCode.Invalid:
      return HttpStatus.BAD_REQUEST;
    // Broadcasts: a refused lifecycle step is a conflict with the broadcast's current state.
    case BroadcastErrorCode.NotFound:
      return HttpStatus.NOT_FOUND;
    case BroadcastErrorCode.Invalid:
      return HttpStatus.BAD_REQUEST;
    case BroadcastErrorCode.InvalidTransition:
    case BroadcastErrorCode.AudienceEmpty:
    case BroadcastErrorCode.NoTestClients:
    case DemoErrorCode.RealClientsPresent:
      return HttpStatus.CONFLICT;
    case BroadcastErrorCode.FromChatDisabled:
    case BroadcastErrorCode.FromChatForbidden:
    case BroadcastErrorCode.FromChatNotYours:
      return HttpStatus.FORBIDDEN;
  }
}
