import { displayName } from '../clients';
import type { DiscountUsage } from '../discount-templates';
import { formatShopDate } from '../shared';
import type { Discount, DiscountOrigin } from './discount.entity';
import { formatDiscountCode } from './rules/discount-code.rule';
import { type DiscountValueType, formatDiscountValue } from '../discount-templates';
import type { DiscountStatus } from './rules/redeemability.rule';

/** A discount as every edge shows it: names resolved, value and dates already formatted. */
export interface DiscountView {
  id: number;
  code: string;
  /** With the shop's prefix for personal codes (`МД-ДЯА4589`); what clients see and type. */
  displayCode: string;
  templateId: number;
  templateName: string;
  usage: DiscountUsage;
  clientId: number | null;
  clientTelegramId: number | null;
  clientName: string | null;
  valueType: DiscountValueType;
  value: number;
  /** «10 %», «150 ₽». */
  valueText: string;
  minPurchase: number | null;
  status: DiscountStatus;
  issuedAt: Date;
  expiresAt: Date | null;
  /** `ДД.ММ.ГГГГ` in shop time, or null for a code that never expires. */
  expiresOn: string | null;
  redeemedAt: Date | null;
  redeemedByCashierId: number | null;
  redeemedByCashierName: string | null;
  origin: DiscountOrigin;
  issuedBy: number | null;
  reason: string | null;
  redemptionCount: number;
  redemptionCap: number | null;
  isTest: boolean;
}

/** The joined names a view needs; repositories read them in the same query as the discount. */
export interface DiscountNames {
  templateName: string;
  clientTelegramId: number | null;
  clientFirstName: string | null;
  clientLastName: string | null;
  clientUsername: string | null;
  cashierName: string | null;
}

export interface ViewOptions {
  prefix: string;
  timeZone: string;
}

export function toDiscountView(
  d: Discount,
  names: DiscountNames,
  { prefix, timeZone }: ViewOptions,
): DiscountView {
  const hasClient = d.clientId !== null;
  return {
    id: d.id,
    code: d.code,
    displayCode: d.usage === 'shared' ? d.code : formatDiscountCode(d.code, prefix),
    templateId: d.templateId,
    templateName: names.templateName,
    usage: d.usage,
    clientId: d.clientId,
    clientTelegramId: names.clientTelegramId,
    clientName: hasClient
      ? displayName({
          firstName: names.clientFirstName,
          lastName: names.clientLastName,
          username: names.clientUsername,
        })
      : null,
    valueType: d.valueType,
    value: Number(d.value),
    valueText: formatDiscountValue(d.valueType, d.value),
    minPurchase: d.minPurchase === null ? null : Number(d.minPurchase),
    status: d.status,
    issuedAt: d.issuedAt,
    expiresAt: d.expiresAt,
    expiresOn: d.expiresAt ? formatShopDate(d.expiresAt, timeZone) : null,
    redeemedAt: d.redeemedAt,
    redeemedByCashierId: d.redeemedByCashierId,
    redeemedByCashierName: names.cashierName,
    origin: d.origin,
    issuedBy: d.issuedBy,
    reason: d.reason,
    redemptionCount: d.redemptionCount,
    redemptionCap: d.redemptionCap,
    isTest: d.isTest,
  };
}
