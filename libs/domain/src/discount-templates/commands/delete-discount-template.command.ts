import { Command } from '@nestjs/cqrs';
import type { Actor } from '@dvorik/persistence';
import type { DiscountTemplateView } from '../discount-template.entity';

/**
 * `DELETE /discount-templates/:id`: a template that was ever used (a code issued from it, or a
 * setting naming it) is deactivated so its history stays readable; one never used is deleted.
 */
export class DeleteDiscountTemplateCommand extends Command<
  { outcome: 'deleted'; id: number } | { outcome: 'deactivated'; id: number; template: DiscountTemplateView }
> {
  constructor(
    readonly actor: Actor,
    readonly id: number,
  ) {
    super();
  }
}
