import type { BroadcastErrorCode } from './broadcasts';
import type { CampaignErrorCode } from './campaigns';
import type { CashierErrorCode } from './cashiers';
import type { ClientErrorCode } from './clients';
import type { DiscountTemplateErrorCode } from './discount-templates';
import type { DemoErrorCode } from './demo';
import type { DiscountErrorCode } from './discounts';
import type { ExportErrorCode } from './exports';
import type { AdminJobErrorCode } from './jobs';
import type { MessageTemplateErrorCode } from './message-templates';
import type { OrderErrorCode } from './orders';
import type { SegmentErrorCode } from './segments';
import type { SettingsErrorCode } from './settings';
import type { StaffErrorCode } from './staff';

/**
 * Every domain error code. Each edge maps this union in one exhaustive switch, so a new code
 * fails the type check until the REST API and the bots both say what it means.
 */
export type DomainErrorCode =
  | StaffErrorCode
  | SettingsErrorCode
  | MessageTemplateErrorCode
  | ClientErrorCode
  | DiscountTemplateErrorCode
  | DiscountErrorCode
  | CashierErrorCode
  | OrderErrorCode
  | SegmentErrorCode
  | CampaignErrorCode
  | AdminJobErrorCode
  | ExportErrorCode
  | BroadcastErrorCode
  | DemoErrorCode;
