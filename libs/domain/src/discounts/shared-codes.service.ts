import { Injectable } from '@nestjs/common';
import { AppConfig } from '@dvorik/config';
import type { DiscountTemplateView } from '../discount-templates';
import { DiscountsRepository } from './discounts.repository';
import { newDiscountRow } from './rules/new-discount.rule';

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
    await this.discounts.insertIfAbsent(
      newDiscountRow(
        template,
        {
          code: template.sharedCode,
          clientId: null,
          usage: 'shared',
          issuedBy: null,
          origin: template.event,
          reason: 'shared code',
          // The code is in the key: a template whose shared code changes gets a new row.
          issueKey: `shared:${template.id}:${template.sharedCode}`,
          isTest: false,
        },
        new Date(),
        this.config.timeZone,
      ),
    );
  }
}
