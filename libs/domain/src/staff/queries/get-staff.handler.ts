import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { toStaffView } from '../staff.entity';
import { StaffError } from '../staff.errors';
import { StaffRepository } from '../staff.repository';
import { GetStaffQuery } from './get-staff.query';

@QueryHandler(GetStaffQuery)
export class GetStaffHandler implements IQueryHandler<GetStaffQuery> {
  constructor(private readonly staff: StaffRepository) {}

  async execute({ id }: GetStaffQuery) {
    const member = await this.staff.findById(id);
    if (!member) throw StaffError.notFound({ id });
    return toStaffView(member, (await this.staff.passwordHashOf(id)) !== null);
  }
}
