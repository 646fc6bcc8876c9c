import { Query } from '@nestjs/cqrs';
import type { AdminJobView } from '../admin-job.entity';

export class GetAdminJobQuery extends Query<AdminJobView> {
  constructor(readonly id: string) {
    super();
  }
}
