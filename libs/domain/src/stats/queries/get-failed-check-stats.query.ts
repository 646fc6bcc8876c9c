import { Query } from '@nestjs/cqrs';
import type { RedemptionView } from '../../redemptions';
import type { RangedStats, StatsInput } from './stats-input';

export interface FailedCheckStats extends RangedStats {
  total: number;
  byResult: Array<{ result: string; count: number }>;
  recent: RedemptionView[];
}

export class GetFailedCheckStatsQuery extends Query<FailedCheckStats> {
  constructor(readonly input: StatsInput = {}) {
    super();
  }
}
