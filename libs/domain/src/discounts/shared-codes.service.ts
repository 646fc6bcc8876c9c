import { Injectable } from '@nestjs/common';
import { AppConfig } from '@dvorik/config';
import type { DiscountTemplateView } from '../discount-templates';
import { DiscountsRepository } from './discounts.repository';
import { computeExpiry } from './rules/redeemability.rule';

/**
 * A shared template's public code becomes one `discounts` row (no client) the first time it
 * is used or issued; from then on it is redeemed by the same conditional UPDATE as any code,
 * which is what keeps it under its cap. Value, cap and expiry are copied at that moment.
 */
@Injectable()
export class SharedCodesService {
  constructor(
    private readonly discounts: DiscountsRepository,
    private readonly config: AppConfig,
  ) {}

  async materialise(template: DiscountTemplateView): Promise<void> {
    if (template.usage !== 'shared' || !template.sharedCode || !template.active) return;
    const now = new Date();
    await this.discounts.insertIfAbsent({
      code: template.sharedCode,
      templateId: template.id,
      clientId: null,
      usage: 'shared',
      valueType: template.valueType,
      value: template.value.toFixed(2),
      minPurchase: template.minPurchase === null ? null : template.minPurchase.toFixed(2),
      status: 'active',
      issuedAt: now,
      expiresAt: computeExpiry(now, template.validityDays, this.config.timeZone),
      redeemedAt: null,
      redeemedByCashierId: null,
      issuedBy: null,
      origin: template.event,
      reason: 'shared code',
      // The code is in the key: a template whose shared code changes gets a new row.
      issueKey: `shared:${template.id}:${template.sharedCode}`,
      redemptionCount: 0,
      redemptionCap: template.redemptionCap,
      revokedAt: null,
      revokedBy: null,
      isTest: false,
      createdAt: now,
      updatedAt: now,
    });
  }
}
