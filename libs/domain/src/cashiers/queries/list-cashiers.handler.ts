import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { CashiersRepository } from '../cashiers.repository';
import { ListCashiersQuery } from './list-cashiers.query';

@QueryHandler(ListCashiersQuery)
export class ListCashiersHandler implements IQueryHandler<ListCashiersQuery> {
  constructor(private readonly cashiers: CashiersRepository) {}

  async execute({ filter, page, perPage }: ListCashiersQuery) {
    const [items, total] = await this.cashiers.page(filter, page, perPage);
    return { items, total, page, perPage };
  }
}
