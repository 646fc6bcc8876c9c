import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { UnitOfWork } from '@dvorik/persistence';
import { Staff, toStaffView } from '../staff.entity';
import { ListStaffQuery } from './list-staff.query';

@QueryHandler(ListStaffQuery)
export class ListStaffHandler implements IQueryHandler<ListStaffQuery> {
  constructor(private readonly uow: UnitOfWork) {}

  async execute({ filter, page, perPage }: ListStaffQuery) {
    const qb = this.uow.manager.createQueryBuilder(Staff, 's').addSelect('s.passwordHash');
    if (filter.active !== undefined) qb.andWhere('s.active = :active', { active: filter.active });
    if (filter.role) qb.andWhere('s.role = :role', { role: filter.role });
    const [rows, total] = await qb
      .orderBy('s.active', 'DESC')
      .addOrderBy('s.id', 'ASC')
      .skip((page - 1) * perPage)
      .take(perPage)
      .getManyAndCount();
    return { items: rows.map((s) => toStaffView(s, s.passwordHash !== null)), total, page, perPage };
  }
}
