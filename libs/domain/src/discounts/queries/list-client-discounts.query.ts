import { Query } from '@nestjs/cqrs';
import type { DiscountView } from '../discount.view';

/** «Мои скидки»: a client's codes; `activeOnly` — only active and not yet expired, soonest expiry first. */
export class ListClientDiscountsQuery extends Query<DiscountView[]> {
  constructor(
    readonly clientId: number,
    readonly activeOnly = true,
  ) {
    super();
  }
}
