import type { DiscountTemplateView } from '../../discount-templates';
import type { Discount, DiscountOrigin } from '../discount.entity';
import { computeExpiry } from './redeemability.rule';

/** What a new code says beyond its template: who it is for, why, and under which key. */
export interface NewDiscountFacts {
  code: string;
  clientId: number | null;
  usage: Discount['usage'];
  issuedBy: number | null;
  origin: DiscountOrigin;
  reason: string | null;
  issueKey: string;
  isTest: boolean;
}

/**
 * A fresh, active code's row: value, minimum purchase, cap and expiry copied from the template at
 * this moment (a later edit of the template never changes an issued code).
 */
export function newDiscountRow(
  template: DiscountTemplateView,
  facts: NewDiscountFacts,
  now: Date,
  timeZone: string,
): Omit<Discount, 'id'> {
  return {
    ...facts,
    templateId: template.id,
    valueType: template.valueType,
    value: template.value.toFixed(2),
    minPurchase: template.minPurchase === null ? null : template.minPurchase.toFixed(2),
    status: 'active',
    issuedAt: now,
    expiresAt: computeExpiry(now, template.validityDays, timeZone),
    reason: facts.reason?.slice(0, 255) ?? null,
    redeemedAt: null,
    redeemedByCashierId: null,
    redemptionCount: 0,
    redemptionCap: facts.usage === 'shared' ? template.redemptionCap : null,
    revokedAt: null,
    revokedBy: null,
    createdAt: now,
    updatedAt: now,
  };
}
