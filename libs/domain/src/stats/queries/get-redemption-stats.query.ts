import { Query } from '@nestjs/cqrs';
import type { RangedStats, StatsInput } from './stats-input';

export interface RedemptionStats extends RangedStats {
  total: number;
  series: Array<{ day: string; redemptions: number }>;
  byCashier: Array<{
    cashierId: number | null;
    cashierName: string | null;
    store: string | null;
    redemptions: number;
  }>;
  byStore: Array<{ store: string | null; redemptions: number }>;
  byTemplate: Array<{
    templateId: number;
    templateName: string;
    issued: number;
    redeemed: number;
    rate: number;
  }>;
}

export class GetRedemptionStatsQuery extends Query<RedemptionStats> {
  constructor(readonly input: StatsInput = {}) {
    super();
  }
}
