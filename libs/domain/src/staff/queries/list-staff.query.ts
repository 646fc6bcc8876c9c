import { Query } from '@nestjs/cqrs';
import type { Page } from '../../shared';
import type { StaffView } from '../staff.entity';

export class ListStaffQuery extends Query<Page<StaffView>> {
  constructor(
    readonly filter: { active?: boolean; role?: string },
    readonly page: number,
    readonly perPage: number,
  ) {
    super();
  }
}
