import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { UnitOfWork } from '@dvorik/persistence';
import { Staff, toStaffView } from '../staff.entity';
import { ListStaffToAlertQuery } from './list-staff-to-alert.query';

@QueryHandler(ListStaffToAlertQuery)
export class ListStaffToAlertHandler implements IQueryHandler<ListStaffToAlertQuery> {
  constructor(private readonly uow: UnitOfWork) {}

  async execute({ group, roles }: ListStaffToAlertQuery) {
    // A shop has a handful of staff: the JSON test needs no index.
    const qb = this.uow.manager
      .createQueryBuilder(Staff, 's')
      .where('s.active = 1')
      .andWhere('JSON_CONTAINS(s.notification_groups, JSON_QUOTE(:group))', { group });
    if (roles) qb.andWhere('s.role IN (:...roles)', { roles: roles.length ? roles : [''] });
    const rows = await qb.orderBy('s.id').getMany();
    return rows.map((staff) => toStaffView(staff));
  }
}
