import { Query } from '@nestjs/cqrs';
import type { DiscountTemplateView } from '../discount-template.entity';

/** The template whose public code a cashier typed (`MARMELAD10`), or null. */
export class FindDiscountTemplateBySharedCodeQuery extends Query<DiscountTemplateView | null> {
  constructor(readonly sharedCode: string) {
    super();
  }
}
