import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { DiscountViewsFactory } from '../discount-views.factory';
import { DiscountsRepository } from '../discounts.repository';
import { DiscountError } from '../discounts.errors';
import { GetDiscountQuery } from './get-discount.query';

@QueryHandler(GetDiscountQuery)
export class GetDiscountHandler implements IQueryHandler<GetDiscountQuery> {
  constructor(
    private readonly discounts: DiscountsRepository,
    private readonly views: DiscountViewsFactory,
  ) {}

  async execute({ id }: GetDiscountQuery) {
    const row = await this.discounts.findById(id);
    if (!row) throw DiscountError.notFound({ id });
    return this.views.view(row);
  }
}
