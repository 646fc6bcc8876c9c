import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { UnitOfWork } from '@dvorik/persistence';
import { DiscountTemplate, toDiscountTemplateView } from '../discount-template.entity';
import { ListDiscountTemplatesQuery } from './list-discount-templates.query';

@QueryHandler(ListDiscountTemplatesQuery)
export class ListDiscountTemplatesHandler implements IQueryHandler<ListDiscountTemplatesQuery> {
  constructor(private readonly uow: UnitOfWork) {}

  async execute({ filter, page, perPage }: ListDiscountTemplatesQuery) {
    const qb = this.uow.manager.createQueryBuilder(DiscountTemplate, 't');
    if (filter.event) qb.andWhere('t.event = :event', { event: filter.event });
    if (filter.active !== undefined) qb.andWhere('t.active = :active', { active: filter.active });
    const [rows, total] = await qb
      .orderBy('t.active', 'DESC')
      .addOrderBy('t.id', 'DESC')
      .skip((page - 1) * perPage)
      .take(perPage)
      .getManyAndCount();
    return { items: rows.map(toDiscountTemplateView), total, page, perPage };
  }
}
