import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { StaffAccessReader } from '../staff-access.reader';
import { GetStaffAccessQuery } from './get-staff-access.query';

@QueryHandler(GetStaffAccessQuery)
export class GetStaffAccessHandler implements IQueryHandler<GetStaffAccessQuery> {
  constructor(private readonly reader: StaffAccessReader) {}

  execute({ staffId }: GetStaffAccessQuery) {
    return this.reader.current(staffId);
  }
}
