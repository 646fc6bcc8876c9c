import { Query } from '@nestjs/cqrs';
import type { DiscountTemplateView } from '../discount-template.entity';

export class GetDiscountTemplateQuery extends Query<DiscountTemplateView> {
  constructor(readonly id: number) {
    super();
  }
}
