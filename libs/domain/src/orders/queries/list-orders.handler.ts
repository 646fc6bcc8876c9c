import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { OrdersRepository } from '../orders.repository';
import { ListOrdersQuery } from './list-orders.query';

@QueryHandler(ListOrdersQuery)
export class ListOrdersHandler implements IQueryHandler<ListOrdersQuery> {
  constructor(private readonly orders: OrdersRepository) {}

  async execute({ filter, page, perPage }: ListOrdersQuery) {
    return { ...(await this.orders.page(filter, page, perPage)), page, perPage };
  }
}
