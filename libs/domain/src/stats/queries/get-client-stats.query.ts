import { Query } from '@nestjs/cqrs';
import type { RangedStats, StatsInput } from './stats-input';

export interface ClientStats extends RangedStats {
  total: number;
  subscribed: number;
  new: number;
  series: Array<{ day: string; newClients: number }>;
}

export class GetClientStatsQuery extends Query<ClientStats> {
  constructor(readonly input: StatsInput = {}) {
    super();
  }
}
