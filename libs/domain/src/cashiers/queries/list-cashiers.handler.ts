import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { UnitOfWork } from '@dvorik/persistence';
import { Cashier } from '../cashier.entity';
import { ListCashiersQuery } from './list-cashiers.query';

@QueryHandler(ListCashiersQuery)
export class ListCashiersHandler implements IQueryHandler<ListCashiersQuery> {
  constructor(private readonly uow: UnitOfWork) {}

  async execute({ filter, page, perPage }: ListCashiersQuery) {
    const qb = this.uow.manager.createQueryBuilder(Cashier, 'c');
    if (filter.status) qb.andWhere('c.status = :status', { status: filter.status });
    // Test records stay hidden unless asked for (DESIGN §2 Test bots).
    qb.andWhere('c.isTest = :isTest', { isTest: filter.isTest ?? false });
    const [items, total] = await qb
      .orderBy('c.createdAt', 'DESC')
      .addOrderBy('c.id', 'DESC')
      .skip((page - 1) * perPage)
      .take(perPage)
      .getManyAndCount();
    return { items, total, page, perPage };
  }
}
