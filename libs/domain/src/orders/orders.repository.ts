import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@dvorik/persistence';
import { Client, displayName } from '../clients';
import { Order } from './order.entity';
import type { OrderFilter, OrderView } from './queries/list-orders.query';

type Raw = Record<string, string | number | null>;

/** The `orders` table: VIP orders and the names of their clients for the staff's list. */
@Injectable()
export class OrdersRepository {
  constructor(private readonly uow: UnitOfWork) {}

  /** Locked for the transaction's rest (a status change). */
  findForUpdate(id: number): Promise<Order | null> {
    return this.uow.manager
      .createQueryBuilder(Order, 'o')
      .where('o.id = :id', { id })
      .setLock('pessimistic_write')
      .getOne();
  }

  async insert(values: Omit<Order, 'id'>): Promise<Order> {
    const result = await this.uow.manager.insert(Order, values);
    return { ...values, id: Number(result.identifiers[0].id) };
  }

  async update(id: number, values: Partial<Omit<Order, 'id'>>): Promise<void> {
    await this.uow.manager.update(Order, { id }, values);
  }

  /** Newest first, with the client's display name, username and Telegram id. */
  async page(
    filter: OrderFilter,
    page: number,
    perPage: number,
  ): Promise<{ items: OrderView[]; total: number }> {
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
    return { items, total };
  }
}
