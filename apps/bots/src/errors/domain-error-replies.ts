import {
  AdminJobErrorCode,
  type BirthdayRefusal,
  BroadcastErrorCode,
  CampaignErrorCode,
  CashierErrorCode,
  ClientErrorCode,
  DiscountErrorCode,
  DiscountTemplateErrorCode,
  DemoErrorCode,
  ExportErrorCode,
  type MessageTemplateKey,
  MessageTemplateErrorCode,
  OrderErrorCode,
  SegmentErrorCode,
  SettingsErrorCode,
  StaffErrorCode,
} from '@dvorik/domain';
import type { DomainErrorCode } from '@dvorik/domain/errors';
import type { BotText } from '../runtime/bot-text';
import { shopDate, shopDateTime, shopTime } from '../runtime/shop-time-format';

export interface RefusalLike {
  code: DomainErrorCode;
  details: Record<string, unknown>;
}

const GENERIC: BotText = { key: 'error_generic' };

/** Which hint follows «не получилось разобрать дату». */
function birthdayHint(reason: BirthdayRefusal): MessageTemplateKey | undefined {
  switch (reason) {
    case 'two_digit_year':
    case 'too_old':
      return 'birthday_hint_year';
    case 'impossible_date':
      return 'birthday_hint_date';
    case 'future':
      return 'birthday_hint_future';
    case 'format':
      return undefined;
  }
}

const text = (details: Record<string, unknown>, key: string): string | undefined =>
  typeof details[key] === 'string' ? details[key] : undefined;

/**
 * What a bot says when a command refuses, in one exhaustive switch: a new domain code fails the
 * type check here until it has a Russian reply. Codes a bot can meet render a message template
 * with the refusal's details (when, by whom, until when); codes only the panel can cause get the
 * generic apology.
 */
export function domainErrorReply({ code, details }: RefusalLike, timeZone: string): BotText {
  switch (code) {
    case StaffErrorCode.NotFound:
      return { key: 'login_not_staff' };
    case StaffErrorCode.Inactive:
      return { key: 'staff_inactive' };
    case StaffErrorCode.TelegramIdTaken:
      return { key: 'staff_exists' };
    case StaffErrorCode.InvalidCredentials:
    case StaffErrorCode.LoginTokenInvalid:
      return { key: 'login_link_expired' };
    case StaffErrorCode.WeakPassword:
      return { key: 'staff_password_weak' };

    case ClientErrorCode.NotFound:
      return { key: 'client_start_first' };
    case ClientErrorCode.BirthdayInvalid:
      return { key: 'birthday_invalid', hint: birthdayHint(details.reason as BirthdayRefusal) };
    case ClientErrorCode.BirthdayAlreadySet:
      return { key: 'birthday_already_set' };
    case ClientErrorCode.ContactNotOwn:
      return { key: 'profile_phone_not_own' };
    case ClientErrorCode.ProfileInvalid:
      return { key: details.field === 'name' ? 'profile_name_invalid' : 'profile_phone_ask' };

    case DiscountErrorCode.NotFound:
      return { key: 'discount_not_found' };
    case DiscountErrorCode.AlreadyRedeemed:
      return {
        // No cashier: a till (X-API-Key) or the panel redeemed it.
        key:
          text(details, 'cashierName') === undefined ? 'discount_already_used_till' : 'discount_already_used',
        values: {
          discount_code: text(details, 'code'),
          redeemed_at: shopDateTime(text(details, 'redeemedAt'), timeZone),
          cashier_name: text(details, 'cashierName'),
        },
      };
    case DiscountErrorCode.Expired:
      return {
        key: 'discount_expired',
        values: {
          discount_code: text(details, 'code'),
          discount_expires_at: shopDate(text(details, 'expiresAt'), timeZone),
        },
      };
    case DiscountErrorCode.Revoked:
      return { key: 'discount_revoked', values: { discount_code: text(details, 'code') } };
    case DiscountErrorCode.MinPurchaseNotMet:
      return { key: 'discount_min_purchase', values: { discount_code: text(details, 'code') } };
    case DiscountErrorCode.ClientNotSubscribed:
      return { key: 'discount_not_subscribed', values: { discount_code: text(details, 'code') } };
    case DiscountErrorCode.TillTokenInvalid:
      return { key: 'till_qr_invalid' };
    case DiscountErrorCode.TillTokenExpired:
      return { key: 'till_qr_expired', values: { discount_code: text(details, 'code') } };
    case DiscountErrorCode.RecurrenceNotReached:
      return {
        key: 'subscription_too_soon',
        values: { next_date: shopDate(text(details, 'nextAt'), timeZone) },
      };

    case CashierErrorCode.NotActive:
      return { key: details.status === 'rejected' ? 'cashier_rejected' : 'cashier_not_active' };
    case CashierErrorCode.Locked:
      return {
        key: 'cashier_locked',
        values: { locked_until: shopTime(text(details, 'lockedUntil'), timeZone) },
      };
    case CashierErrorCode.PosLocked:
      return { key: 'pos_locked' };
    case StaffErrorCode.LoginLocked:
      return { key: 'login_locked' };
    case CashierErrorCode.InvalidTransition:
      return { key: 'cashier_status_changed' };
    case CashierErrorCode.StoreInvalid:
      return { key: 'cashier_store_invalid' };
    case CashierErrorCode.NotFound:
      return { key: 'cashier_request_not_found' };

    case OrderErrorCode.NotVip:
      return { key: 'order_vip_only' };

    case ClientErrorCode.Invalid:
    case ClientErrorCode.BulkItemFailed:
    case DiscountErrorCode.NotActive:
    case DiscountErrorCode.TemplateInactive:
    case DiscountErrorCode.ClientNotEligible:
    case DiscountErrorCode.RedemptionNotFound:
    case DiscountErrorCode.RollbackNotApplicable:
    case DiscountErrorCode.RollbackReasonRequired:
    case DiscountErrorCode.IdempotencyKeyReused:
    case DiscountErrorCode.IdempotencyKeyInvalid:
    case DiscountTemplateErrorCode.NotFound:
    case DiscountTemplateErrorCode.Invalid:
    case DiscountTemplateErrorCode.SharedCodeTaken:
    case SettingsErrorCode.Invalid:
    case SettingsErrorCode.NotFound:
    case MessageTemplateErrorCode.NotFound:
    case MessageTemplateErrorCode.Invalid:
    case ClientErrorCode.FilterInvalid:
    case SegmentErrorCode.NotFound:
    case SegmentErrorCode.NameTaken:
    case SegmentErrorCode.PresetReadonly:
    case CampaignErrorCode.NotFound:
    case CampaignErrorCode.Invalid:
    case CampaignErrorCode.SourceKeyTaken:
    case CampaignErrorCode.InUse:
    case CampaignErrorCode.LinkUnavailable:
    case AdminJobErrorCode.NotFound:
    case AdminJobErrorCode.FileNotReady:
    case ExportErrorCode.Invalid:
    case StaffErrorCode.LastOwner:
    case OrderErrorCode.NotFound:
    case OrderErrorCode.InvalidTransition:
    case DemoErrorCode.RealClientsPresent:
      return GENERIC;
    // Broadcasts from the client bot chat (broadcast-from-chat.update.ts): staff-only answers.
    case BroadcastErrorCode.FromChatDisabled:
      return { key: 'broadcast_chat_disabled' };
    case BroadcastErrorCode.FromChatForbidden:
      return { key: 'broadcast_chat_forbidden' };
    case BroadcastErrorCode.FromChatNotYours:
      return { key: 'broadcast_chat_not_yours' };
    case BroadcastErrorCode.Invalid:
      return { key: 'broadcast_chat_invalid' };
    case BroadcastErrorCode.AudienceEmpty:
      return { key: 'broadcast_chat_audience_empty' };
    case BroadcastErrorCode.NotFound:
    case BroadcastErrorCode.InvalidTransition:
      return { key: 'broadcast_chat_already_done' };
    case BroadcastErrorCode.NoTestClients:
      return GENERIC;
  }
}
