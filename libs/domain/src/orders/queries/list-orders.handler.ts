import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { UnitOfWork } from '@dvorik/persistence';
import { Client, displayName } from '../../clients';
import { Order } from '../order.entity';
import { ListOrdersQuery } from './list-orders.query';

type Raw = Record<string, string | number | null>;

@QueryHandler(ListOrdersQuery)
export class ListOrdersHandler implements IQueryHandler<ListOrdersQuery> {
  constructor(private readonly uow: UnitOfWork) {}

  async execute({ filter, page, perPage }: ListOrdersQuery) {
    const qb = this.uow.manager
      .createQueryBuilder(Order, 'o')
      .innerJoin(Client, 'c', 'c.id = o.clientId')
      .addSelect('c.firstName', 'c_first')
      .addSelect('c.lastName', 'c_last')
      .addSelect('c.username', 'c_username')
      .addSelect('c.telegramId', 'c_tg')
      .where('o.isTest = :isTest', { isTest: filter.isTest ?? false });
    if (filter.status) qb.andWhere('o.status = :status', { status: filter.status });
    if (filter.clientId) qb.andWhere('o.clientId = :clientId', { clientId: filter.clientId });
    const total = await qb.clone().getCount();
    qb.orderBy('o.createdAt', 'DESC')
      .addOrderBy('o.id', 'DESC')
      .offset((page - 1) * perPage)
      .limit(perPage);
    const { entities, raw } = await qb.getRawAndEntities<Raw>();
    const text = (v: string | number | null | undefined) => (v == null ? null : String(v));
    const items = entities.map((order, i) => ({
      ...order,
      clientName: displayName({
        firstName: text(raw[i]?.c_first),
        lastName: text(raw[i]?.c_last),
        username: text(raw[i]?.c_username),
      }),
      clientUsername: text(raw[i]?.c_username),
      clientTelegramId: Number(raw[i]?.c_tg),
    }));
    return { items, total, page, perPage };
  }
}
