import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@dvorik/persistence';
import { DiscountTemplate } from './discount-template.entity';
import type { DiscountTemplateFilter } from './queries/list-discount-templates.query';

@Injectable()
export class DiscountTemplatesRepository {
  constructor(private readonly uow: UnitOfWork) {}

  findById(id: number, lock = false): Promise<DiscountTemplate | null> {
    const qb = this.uow.manager.createQueryBuilder(DiscountTemplate, 't').where('t.id = :id', { id });
    if (lock) qb.setLock('pessimistic_write');
    return qb.getOne();
  }

  findBySharedCode(sharedCode: string): Promise<DiscountTemplate | null> {
    return this.uow.manager.findOne(DiscountTemplate, { where: { sharedCode } });
  }

  /** Active first, then newest. */
  page(filter: DiscountTemplateFilter, page: number, perPage: number): Promise<[DiscountTemplate[], number]> {
    const qb = this.uow.manager.createQueryBuilder(DiscountTemplate, 't');
    if (filter.event) qb.andWhere('t.event = :event', { event: filter.event });
    if (filter.active !== undefined) qb.andWhere('t.active = :active', { active: filter.active });
    return qb
      .orderBy('t.active', 'DESC')
      .addOrderBy('t.id', 'DESC')
      .skip((page - 1) * perPage)
      .take(perPage)
      .getManyAndCount();
  }

  async insert(values: Omit<DiscountTemplate, 'id'>): Promise<DiscountTemplate> {
    const result = await this.uow.manager.insert(DiscountTemplate, values);
    return { ...values, id: Number(result.identifiers[0].id) };
  }

  /** Ever issued from: its codes (and their redemption history) keep pointing at it. */
  async wasUsed(id: number): Promise<boolean> {
    const rows = await this.uow.query<unknown[]>('SELECT 1 FROM discounts WHERE template_id = ? LIMIT 1', [
      id,
    ]);
    return rows.length > 0;
  }

  async delete(id: number): Promise<void> {
    await this.uow.manager.delete(DiscountTemplate, { id });
  }

  async update(id: number, values: Partial<Omit<DiscountTemplate, 'id'>>): Promise<void> {
    await this.uow.manager.update(DiscountTemplate, { id }, values);
  }
}
