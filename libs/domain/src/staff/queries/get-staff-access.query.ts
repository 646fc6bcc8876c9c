import { Query } from '@nestjs/cqrs';
import type { StaffAccess } from '../staff-access.reader';

/** What the API's guard asks on every request: is this staff member still active, in which role? */
export class GetStaffAccessQuery extends Query<StaffAccess | null> {
  constructor(readonly staffId: number) {
    super();
  }
}
