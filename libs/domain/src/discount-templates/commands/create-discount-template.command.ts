import { Command } from '@nestjs/cqrs';
import type { Actor } from '@dvorik/persistence';
import type { DiscountTemplateView } from '../discount-template.entity';
import type { DiscountTemplateInput } from '../rules/discount-template.rule';

/** Optional fields default to: no expiry limit change, single use, no reminders, active. */
export type CreateDiscountTemplateInput = Pick<
  DiscountTemplateInput,
  'name' | 'event' | 'valueType' | 'value'
> &
  Partial<DiscountTemplateInput>;

export class CreateDiscountTemplateCommand extends Command<DiscountTemplateView> {
  constructor(
    readonly actor: Actor,
    readonly input: CreateDiscountTemplateInput,
  ) {
    super();
  }
}
