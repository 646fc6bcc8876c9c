import { Query } from '@nestjs/cqrs';
import type { StaffView } from '../staff.entity';

export class GetStaffQuery extends Query<StaffView> {
  constructor(readonly id: number) {
    super();
  }
}
