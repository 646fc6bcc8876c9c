import {
  AdminJobErrorCode,
  type BirthdayRefusal,
  BroadcastErrorCode,
  CampaignErrorCode,
  CashierErrorCode,
  ClientErrorCode,
  DiscountErrorCode,
  DiscountTemplateErrorCode,
  type DomainErrorCode,
  ExportErrorCode,
  type MessageTemplateKey,
  MessageTemplateErrorCode,
  OrderErrorCode,
  SegmentErrorCode,
  SettingsErrorCode,
  StaffErrorCode,
} from '@dvorik/domain';
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
      return { html: 'Вход в панель доступен только сотрудникам магазина.' };
    case StaffErrorCode.Inactive:
      return { html: 'Ваш доступ сотрудника отключён. Обратитесь к владельцу.' };
    case StaffErrorCode.TelegramIdTaken:
      return { html: 'Этот сотрудник уже есть.' };
    case StaffErrorCode.InvalidCredentials:
    case StaffErrorCode.LoginTokenInvalid:
      return { html: 'Ссылка для входа устарела. Отправьте /login ещё раз.' };
    case StaffErrorCode.WeakPassword:
      return { html: 'Пароль слишком короткий: нужно не меньше 10 символов.' };

    case ClientErrorCode.NotFound:
      return { html: 'Нажмите /start, чтобы начать 🙂' };
    case ClientErrorCode.BirthdayInvalid:
      return { key: 'birthday_invalid', hint: birthdayHint(details.reason as BirthdayRefusal) };
    case ClientErrorCode.BirthdayAlreadySet:
      return { key: 'birthday_already_set' };

    case DiscountErrorCode.NotFound:
      return { key: 'discount_not_found' };
    case DiscountErrorCode.AlreadyRedeemed:
      return {
        key: 'discount_already_used',
        values: {
          discount_code: text(details, 'code'),
          redeemed_at: shopDateTime(text(details, 'redeemedAt'), timeZone),
          // No cashier: a till (X-API-Key) or the panel redeemed it.
          cashier_name: text(details, 'cashierName') ?? 'касса магазина',
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
      return { html: 'Слишком много неверных кодов с кассы 🔒 Проверка временно недоступна.' };
    case StaffErrorCode.LoginLocked:
      return { html: 'Слишком много неверных паролей 🔒 Вход по паролю временно закрыт. Отправьте /login.' };
    case CashierErrorCode.InvalidTransition:
      return { html: 'Статус кассира уже изменился — решение не применено. Актуальный статус — в панели.' };
    case CashierErrorCode.StoreInvalid:
      return { html: 'Название магазина — от 1 до 128 символов. Напишите ещё раз, пожалуйста.' };
    case CashierErrorCode.NotFound:
      return { html: 'Такой заявки кассира нет.' };

    case OrderErrorCode.NotVip:
      return { html: 'Оформление заказа пока доступно только VIP-клиентам 💎' };

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
    case MessageTemplateErrorCode.NotFound:
    case MessageTemplateErrorCode.Invalid:
    case SegmentErrorCode.Invalid:
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
      return GENERIC;
    // Broadcasts from the client bot chat (broadcast-from-chat.update.ts): staff-only answers.
    case BroadcastErrorCode.FromChatDisabled:
      return { html: 'Режим рассылки из чата отключён.' };
    case BroadcastErrorCode.FromChatForbidden:
      return { html: 'Рассылать из чата могут только сотрудники с таким правом.' };
    case BroadcastErrorCode.Invalid:
      return { html: 'Это сообщение не подходит для рассылки: проверьте длину текста и оформление.' };
    case BroadcastErrorCode.AudienceEmpty:
      return { html: 'В эту аудиторию сейчас не попадает ни один клиент — выберите другую.' };
    case BroadcastErrorCode.NotFound:
    case BroadcastErrorCode.InvalidTransition:
      return { html: 'Эта рассылка уже запущена или отменена.' };
    case BroadcastErrorCode.NoTestClients:
      return GENERIC;
  }
}
