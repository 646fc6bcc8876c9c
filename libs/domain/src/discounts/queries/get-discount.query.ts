import { Query } from '@nestjs/cqrs';
import type { DiscountView } from '../discount.view';

export class GetDiscountQuery extends Query<DiscountView> {
  constructor(readonly id: number) {
    super();
  }
}
