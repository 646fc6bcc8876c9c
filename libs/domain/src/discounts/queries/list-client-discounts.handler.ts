import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { DiscountViewsFactory } from '../discount-views.factory';
import { DiscountsRepository } from '../discounts.repository';
import { ListClientDiscountsQuery } from './list-client-discounts.query';

/** A client has a handful of codes; a hard cap keeps a pathological account cheap. */
const CLIENT_DISCOUNTS_LIMIT = 100;

@QueryHandler(ListClientDiscountsQuery)
export class ListClientDiscountsHandler implements IQueryHandler<ListClientDiscountsQuery> {
  constructor(
    private readonly discounts: DiscountsRepository,
    private readonly views: DiscountViewsFactory,
  ) {}

  async execute({ clientId, activeOnly }: ListClientDiscountsQuery) {
    return this.views.views(await this.discounts.ofClient(clientId, activeOnly, CLIENT_DISCOUNTS_LIMIT));
  }
}
