import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { toStaffView } from '../staff.entity';
import { StaffRepository } from '../staff.repository';
import { ListStaffToAlertQuery } from './list-staff-to-alert.query';

@QueryHandler(ListStaffToAlertQuery)
export class ListStaffToAlertHandler implements IQueryHandler<ListStaffToAlertQuery> {
  constructor(private readonly staff: StaffRepository) {}

  async execute({ group, roles }: ListStaffToAlertQuery) {
    return (await this.staff.toAlert(group, roles)).map((staff) => toStaffView(staff));
  }
}
