import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { toStaffView } from '../staff.entity';
import { StaffRepository } from '../staff.repository';
import { ListStaffQuery } from './list-staff.query';

@QueryHandler(ListStaffQuery)
export class ListStaffHandler implements IQueryHandler<ListStaffQuery> {
  constructor(private readonly staff: StaffRepository) {}

  async execute({ filter, page, perPage }: ListStaffQuery) {
    const [rows, total] = await this.staff.page(filter, page, perPage);
    return { items: rows.map((s) => toStaffView(s, s.passwordHash !== null)), total, page, perPage };
  }
}
