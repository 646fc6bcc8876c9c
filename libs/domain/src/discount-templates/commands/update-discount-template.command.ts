import { Command } from '@nestjs/cqrs';
import type { Actor } from '@dvorik/persistence';
import type { DiscountTemplateView } from '../discount-template.entity';
import type { DiscountTemplateInput } from '../rules/discount-template.rule';

/**
 * A partial change, validated as a whole template after merging. Codes already issued keep
 * the value and expiry they were issued with (DESIGN: value copied at issue).
 */
export class UpdateDiscountTemplateCommand extends Command<DiscountTemplateView> {
  constructor(
    readonly actor: Actor,
    readonly id: number,
    readonly patch: Partial<DiscountTemplateInput>,
  ) {
    super();
  }
}
