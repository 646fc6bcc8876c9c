import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@dvorik/persistence';
import { Cashier } from './cashier.entity';
import type { CashierFilter } from './queries/list-cashiers.query';

@Injectable()
export class CashiersRepository {
  constructor(private readonly uow: UnitOfWork) {}

  findById(id: number, lock = false): Promise<Cashier | null> {
    const qb = this.uow.manager.createQueryBuilder(Cashier, 'c').where('c.id = :id', { id });
    if (lock) qb.setLock('pessimistic_write');
    return qb.getOne();
  }

  findByTelegramId(telegramId: number): Promise<Cashier | null> {
    return this.uow.manager.findOne(Cashier, { where: { telegramId } });
  }

  /** Newest first; test cashiers only when asked for (DESIGN §2 Test bots). */
  page(filter: CashierFilter, page: number, perPage: number): Promise<[Cashier[], number]> {
    const qb = this.uow.manager.createQueryBuilder(Cashier, 'c');
    if (filter.status) qb.andWhere('c.status = :status', { status: filter.status });
    qb.andWhere('c.isTest = :isTest', { isTest: filter.isTest ?? false });
    return qb
      .orderBy('c.createdAt', 'DESC')
      .addOrderBy('c.id', 'DESC')
      .skip((page - 1) * perPage)
      .take(perPage)
      .getManyAndCount();
  }

  async insert(values: Omit<Cashier, 'id'>): Promise<Cashier> {
    const result = await this.uow.manager.insert(Cashier, values);
    return { ...values, id: Number(result.identifiers[0].id) };
  }

  async update(id: number, values: Partial<Omit<Cashier, 'id'>>): Promise<void> {
    await this.uow.manager.update(Cashier, { id }, values);
  }
}
