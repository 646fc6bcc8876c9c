import { Query } from '@nestjs/cqrs';
import type { StatsInput } from './stats-input';

/** "Is it working" at a glance (DESIGN §2 Dashboard); sections of other capabilities included. */
export class GetDashboardQuery extends Query<Record<string, unknown>> {
  constructor(readonly input: StatsInput = {}) {
    super();
  }
}
